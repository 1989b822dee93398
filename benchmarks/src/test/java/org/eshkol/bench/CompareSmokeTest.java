package org.eshkol.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The harness's smoke run (like {@code Compare --quick}): every program, in Eshkol, Kawa and plain
 * Java, must give the same written result. Timings are taken but never checked.
 */
class CompareSmokeTest {
    private static final Bench BENCH = new Bench(Compare.implementations(List.of("eshkol", "kawa")),
            Settings.QUICK, new PrintStream(OutputStream.nullOutputStream()));

    @ParameterizedTest
    @EnumSource(Program.class)
    void allImplementationsAgree(Program program) {
        Bench.Row row = BENCH.run(program, true);
        for (Outcome o : row.outcomes().values()) {
            assertTrue(o.agrees(), () -> program.id() + " in " + o.implementation() + ": " + o.problem()
                    + " (Java gives " + row.outcomes().get("Java").result() + ")");
        }
    }

    @Test
    void quickReportHasOneTableRowPerProgramAndTheGeometricMeans() {
        List<Bench.Row> rows = BENCH.run(List.of(Program.FIB, Program.DERIV), true);
        String report = Compare.report(BENCH, rows, true);
        assertTrue(report.contains("| fib |"), report);
        assertTrue(report.contains("| deriv |"), report);
        assertTrue(report.contains("| **geometric mean** |"), report);
        assertTrue(report.contains("| program | Eshkol ms | Kawa ms | Java ms | Eshkol/Kawa | Eshkol/Java | Kawa/Java |"), report);
        assertEquals(1, report.lines().filter(l -> l.startsWith("- commit: ")).count(), report);
    }
}
