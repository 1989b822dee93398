package org.eshkol.analysis.pass;

import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.expand.Expander;
import org.eshkol.analysis.ir.Program;
import org.eshkol.analysis.read.Reader;
import org.eshkol.analysis.source.SourceFile;

/** Reads, expands and analyses a script for the escape analysis tests. */
final class EscapeTesting {
    private EscapeTesting() {}

    static Program program(String name, String text) {
        SourceFile file = new SourceFile(name, text);
        Diagnostics diags = new Diagnostics();
        Program p = Expander.expandProgram(file, Reader.readAll(file, diags), diags);
        diags.throwIfAny();
        return p;
    }

    static String report(String text) { return EscapeReport.render(AnalyzeEscapes.analyze(program("t.esk", text))); }
}
