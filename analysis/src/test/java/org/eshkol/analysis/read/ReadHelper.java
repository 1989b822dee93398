package org.eshkol.analysis.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.eshkol.analysis.diag.Diagnostic;
import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.source.SourceFile;

/** Shared helpers for the reader tests: read text that must be valid, or collect its error headlines. */
final class ReadHelper {
    private ReadHelper() {}

    /** Every datum of {@code src}, failing the test if anything was reported. */
    static List<Datum> read(String src) {
        Diagnostics diags = new Diagnostics();
        List<Datum> out = Reader.readAll(new SourceFile("t.esk", src), diags);
        if (diags.hasErrors()) fail("unexpected diagnostics for " + src + ":\n" + headlines(diags));
        return out;
    }

    /** The one datum of {@code src}. */
    static Datum one(String src) {
        List<Datum> all = read(src);
        assertEquals(1, all.size(), () -> "expected one datum in " + src + ", got " + all);
        return all.get(0);
    }

    /** {@code src} read and printed back, datums separated by one space. */
    static String show(String src) {
        return read(src).stream().map(DatumPrinter::print).collect(Collectors.joining(" "));
    }

    /** The headlines of every diagnostic reported for {@code src}, in source order. */
    static List<String> errors(String src) {
        Diagnostics diags = new Diagnostics();
        Reader.readAll(new SourceFile("t.esk", src), diags);
        return diags.all().stream().map(Diagnostic::headline).toList();
    }

    /** Asserts that {@code src} reports exactly the one diagnostic {@code headline}. */
    static void assertError(String src, String headline) {
        assertEquals(List.of(headline), errors(src), () -> "diagnostics for " + src);
    }

    private static String headlines(Diagnostics diags) {
        return diags.all().stream().map(Diagnostic::headline).collect(Collectors.joining("\n"));
    }
}
