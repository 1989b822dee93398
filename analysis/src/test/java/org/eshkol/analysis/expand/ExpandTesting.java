package org.eshkol.analysis.expand;

import java.util.List;
import java.util.stream.Collectors;
import org.eshkol.analysis.diag.Diagnostic;
import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.CorePrinter;
import org.eshkol.analysis.ir.Program;
import org.eshkol.analysis.source.SourceFile;

/** Helpers for expander tests: expand text, print the core IR, collect diagnostics. */
final class ExpandTesting {
    private ExpandTesting() {}

    static Program program(String text) {
        Diagnostics d = new Diagnostics();
        SourceFile f = new SourceFile("test.scm", text);
        Program p = Expander.expandProgram(f, TestReader.read(f), d);
        if (d.hasErrors()) throw new AssertionError("unexpected errors: " + d.all());
        return p;
    }

    /** The expansion of the text, each top-level form printed stably, one per line. */
    static String expand(String text) {
        return program(text).forms().stream().map(CorePrinter::printStable).collect(Collectors.joining("\n"));
    }

    /** The last top-level form's expansion. */
    static String last(String text) {
        List<Core> forms = program(text).forms();
        return CorePrinter.printStable(forms.get(forms.size() - 1));
    }

    /** The headlines of the diagnostics the text produces, as {@code line:col: message}. */
    static List<String> errors(String text) {
        Diagnostics d = new Diagnostics();
        SourceFile f = new SourceFile("test.scm", text);
        Expander.expandProgram(f, TestReader.read(f), d);
        return d.all().stream().map(ExpandTesting::brief).toList();
    }

    private static String brief(Diagnostic d) {
        return d.span().line() + ":" + d.span().column() + ": " + d.message();
    }
}
