package org.eshkol.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eshkol.analysis.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * Loops whose variables live unboxed: they allocate no {@code Long} per iteration, and errors raised
 * inside them keep the message, the position (line and column of the failing call) and the backtrace
 * that boxed code gives. The golden corpus ({@code fixnum-loops/}) checks results and messages;
 * positions and allocation are checked here.
 */
class FixnumLoopsTest {

    @Test
    void countingLoopAllocatesNoBoxPerIteration() {
        Eshkol e = new Eshkol();
        Eshkol.Compiled c = e.compile(new SourceFile("count.esk",
                "(let loop ((i 0) (acc 0)) (if (= i 1000000) acc (loop (+ i 1) (+ acc i))))"));
        // boxed, each iteration makes two Longs: 48 MB for the million iterations
        assertRunsWithoutBoxes(c, 499999500000L);
    }

    /** Runs {@code c}: it answers {@code expected} and allocates under 1 MB (no box per iteration). */
    private static void assertRunsWithoutBoxes(Eshkol.Compiled c, Object expected) {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        Object r = c.run();
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals(expected, r);
        assertTrue(allocated < 1_000_000, "allocated " + allocated + " bytes");
    }

    private static String failure(String file, String src) {
        Eshkol e = new Eshkol();
        return assertThrows(EshkolException.class, () -> e.eval(new SourceFile(file, src))).render();
    }

    @Test
    void procedureLoopingBySelfTailCallsAllocatesNoBoxPerIteration() {
        Eshkol e = new Eshkol();
        e.eval(new SourceFile("sum.esk", "(define (sum-to n acc) (if (= n 0) acc (sum-to (- n 1) (+ acc n))))"));
        Eshkol.Compiled c = e.compile(new SourceFile("call.esk", "(sum-to 1000000 0)"));
        assertRunsWithoutBoxes(c, 500000500000L);
    }

    @Test
    void zeroTestOfAnUnboxedVariableNeedsNoBox() {
        Eshkol e = new Eshkol();
        e.eval(new SourceFile("down.esk", "(define (count-down n acc) (if (zero? n) acc (count-down (- n 1) (+ acc 2))))"));
        Eshkol.Compiled c = e.compile(new SourceFile("call.esk", "(count-down 1000000 0)"));
        assertRunsWithoutBoxes(c, 2000000L);
    }

    @Test
    void comparisonOfAnUnboxedVariableWithANonNumberNamesTheComparison() {
        String src = """
                (define (f limit)
                  (let loop ((i 0) (acc 0))
                    (if (< i limit) (loop (+ i 1) (+ acc i)) acc)))
                (f "ten")
                """;
        assertEquals(String.join("\n",
                "e1.esk:3:9: error: <: expected a number, got \"ten\"",
                "  at f (e1.esk:3)",
                "  at <toplevel> (e1.esk:4)"), failure("e1.esk", src));
    }

    @Test
    void nestedArithmeticInAnUpdateNamesTheInnerCall() {
        String src = """
                (define (g xs)
                  (let loop ((i 0) (acc 0))
                    (if (= i 3) acc
                        (loop (+ i 1)
                              (+ acc (* (vector-ref xs i) 2))))))
                (g (vector 1 "b" 3))
                """;
        assertEquals(String.join("\n",
                "e2.esk:5:22: error: *: expected a number, got \"b\"",
                "  at g (e2.esk:5)",
                "  at <toplevel> (e2.esk:6)"), failure("e2.esk", src));
    }

    @Test
    void builtinGivenAnUnboxedVariableReportsItsOwnPosition() {
        String src = """
                (define v (vector 1 2 3))
                (let loop ((i 0) (acc 0))
                  (if (= i 5) acc (loop (+ i 1) (+ acc (vector-ref v i)))))
                """;
        assertEquals(String.join("\n",
                "e3.esk:3:40: error: vector-ref: index 3 out of range for length 3",
                "  at <toplevel> (e3.esk:3)"), failure("e3.esk", src));
    }

    @Test
    void errorAfterOverflowIntoABignumNamesTheOperation() {
        String src = """
                (let loop ((i 0) (x 1))
                  (if (= i 70) x (loop (+ i 1) (* x (if (= i 65) 'two 2)))))
                """;
        assertEquals(String.join("\n",
                "e4.esk:2:32: error: *: expected a number, got two",
                "  at <toplevel> (e4.esk:2)"), failure("e4.esk", src));
    }
}
