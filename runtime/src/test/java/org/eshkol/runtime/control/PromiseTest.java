package org.eshkol.runtime.control;

import static org.eshkol.runtime.control.Procs.*;
import static org.junit.jupiter.api.Assertions.*;

import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.SchemeError;
import org.junit.jupiter.api.Test;

class PromiseTest {
    private int count;

    @Test
    void delayComputesOnceAndMemoizes() {
        Object p = PromiseLib.delay(thunk(() -> ++count));
        assertTrue(PromiseLib.isPromise(p));
        assertFalse(((Promise) p).isDone());
        assertEquals(1, PromiseLib.force(p));
        assertEquals(1, PromiseLib.force(p));
        assertEquals(1, count);
        assertTrue(((Promise) p).isDone());
    }

    @Test
    void makePromiseWrapsValuesButNotPromises() {
        Object p = PromiseLib.makePromise(5L);
        assertTrue(((Promise) p).isDone());
        assertEquals(5L, PromiseLib.force(p));
        assertSame(p, PromiseLib.makePromise(p));
        assertFalse(PromiseLib.isPromise(5L));
        assertEquals(5L, PromiseLib.force(5L));
    }

    /** {@code (define (loop n) (delay-force (if (= n 0) (make-promise 'done) (loop (- n 1)))))}. */
    private static Object loop(long n) {
        return PromiseLib.delayForce(thunk(() -> n == 0 ? PromiseLib.makePromise("done") : loop(n - 1)));
    }

    @Test
    void delayForceChainsRunInConstantStack() {
        assertEquals("done", PromiseLib.force(loop(100_000)));
        assertEquals("done", PromiseLib.force(loop(1_000_000)));
    }

    /** The R7RS stream-tail example shape: each step forces the previous stream's cell. */
    private static Object integersFrom(long n) {
        return PromiseLib.delay(thunk(() -> new org.eshkol.runtime.Pair(n, integersFrom(n + 1))));
    }

    private static Object streamTail(Object s, long k) {
        return PromiseLib.delayForce(thunk(() -> k == 0 ? s
                : streamTail(((org.eshkol.runtime.Pair) PromiseLib.force(s)).cdr, k - 1)));
    }

    @Test
    void streamTailOfAHundredThousand() {
        Object cell = PromiseLib.force(streamTail(integersFrom(0), 100_000));
        assertEquals(100_000L, ((org.eshkol.runtime.Pair) cell).car);
    }

    @Test
    void reentrantForceKeepsTheFirstValue() {
        // (define p (delay (begin (set! count (+ count 1)) (if (> count x) count (force p))))) with x = 5
        Object[] p = new Object[1];
        p[0] = PromiseLib.delay(thunk(() -> {
            count++;
            return count > 5 ? (Object) (long) count : PromiseLib.force(p[0]);
        }));
        assertEquals(6L, PromiseLib.force(p[0]));
        count = 10;
        assertEquals(6L, PromiseLib.force(p[0]));
    }

    @Test
    void anErrorInTheThunkLeavesThePromiseUnforced() {
        Procedure failing = thunk(() -> {
            if (count++ == 0) throw org.eshkol.runtime.Errors.error("first time");
            return "second";
        });
        Object p = PromiseLib.delay(failing);
        assertThrows(SchemeError.class, () -> PromiseLib.force(p));
        assertEquals("second", PromiseLib.force(p));
    }

    @Test
    void delayRejectsNonProcedures() {
        assertThrows(SchemeError.class, () -> PromiseLib.delay(5L));
    }
}
