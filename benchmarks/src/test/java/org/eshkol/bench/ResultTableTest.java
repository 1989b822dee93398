package org.eshkol.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table's ratios and geometric means, the README splice and result normalisation, on made-up timings. */
class ResultTableTest {
    private static Outcome timed(String impl, double ms) {
        return new Outcome(impl, "1", null, true, new Stopwatch.Timing(ms, ms, 1));
    }

    private static Bench.Row row(Program p, Outcome... outcomes) {
        Map<String, Outcome> m = new LinkedHashMap<>();
        for (Outcome o : outcomes) m.put(o.implementation(), o);
        return new Bench.Row(p, m);
    }

    @Test
    void ratiosAndGeometricMeans() {
        List<Bench.Row> rows = List.of(
                row(Program.FIB, timed("A", 8), timed("B", 2)),
                row(Program.TAK, timed("A", 2), timed("B", 4)));
        String table = ResultTable.markdown(List.of("A", "B"), rows);
        List<String> lines = table.lines().toList();
        assertEquals("| program | A ms | B ms | A/B |", lines.get(0));
        assertEquals("| fib | 8.00 | 2.00 | 4.00x |", lines.get(2));
        assertEquals("| tak | 2.00 | 4.00 | 0.50x |", lines.get(3));
        // sqrt(4 * 0.5) = 1.41
        assertEquals("| **geometric mean** | | | **1.41x** |", lines.get(4));
    }

    @Test
    void fastestRunMeansUseTheMinimums() {
        Outcome a = new Outcome("A", "1", null, true, new Stopwatch.Timing(100, 9, 3));
        Outcome b = new Outcome("B", "1", null, true, new Stopwatch.Timing(10, 3, 3));
        assertEquals("Geometric means from the fastest run instead of the median: A/B 3.00x.\n",
                ResultTable.fastestRunMeans(List.of("A", "B"), List.of(row(Program.FIB, a, b))));
    }

    @Test
    void aWrongResultIsShownAndLeftOutOfTheMean() {
        List<Bench.Row> rows = List.of(
                row(Program.FIB, new Outcome("A", "42", null, false, null), timed("B", 2)),
                row(Program.TAK, timed("A", 3), timed("B", 1)));
        String table = ResultTable.markdown(List.of("A", "B"), rows);
        assertTrue(table.contains("| fib | wrong result: 42 | 2.00 | - |"), table);
        assertTrue(table.contains("| **geometric mean** | | | **3.00x** |"), table);
    }

    @Test
    void readmeSectionIsReplacedBetweenTheMarkers() {
        String text = "intro\n<!-- results:start -->\nold\n<!-- results:end -->\nafter\n";
        assertEquals("intro\n<!-- results:start -->\nnew table\n<!-- results:end -->\nafter\n",
                ReadmeSection.replaceIn(text, "new table\n"));
        assertThrows(IllegalArgumentException.class, () -> ReadmeSection.replaceIn("no markers", "x"));
    }

    @Test
    void normalisingIgnoresLineBreaksInsideResults() {
        assertEquals("(+ (* a x)\t(b))".replaceAll("\\s+", " "), Outcome.normalise(" (+ (* a x)\n   (b)) "));
    }
}
