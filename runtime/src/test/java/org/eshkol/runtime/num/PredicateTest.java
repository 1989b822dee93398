package org.eshkol.runtime.num;

import static org.eshkol.runtime.num.N.*;
import static org.eshkol.runtime.num.PredicateBuiltins.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eshkol.runtime.MString;
import org.junit.jupiter.api.Test;

class PredicateTest {
    private static final double INF = Double.POSITIVE_INFINITY, NAN = Double.NaN;

    @Test
    void typePredicates() {
        for (Object x : new Object[] {1L, num("100000000000000000000"), rat(1, 2), 1.5, NAN}) {
            assertTrue(isNumber(x));
        }
        assertFalse(isNumber(MString.of("1")));
        assertFalse(isNumber(Boolean.TRUE));
        assertTrue(isRational(rat(6, 10))); // R7RS example
        assertTrue(isRational(0.5));
        assertFalse(isRational(INF));
        assertFalse(isRational(NAN));
        assertFalse(isRational(Boolean.FALSE));
        assertTrue(isInteger(3L));
        assertTrue(isInteger(3.0)); // R7RS example
        assertTrue(isInteger(num("100000000000000000000")));
        assertFalse(isInteger(rat(8, 3)) || isInteger(3.5) || isInteger(INF) || isInteger(NAN));
        assertFalse(isInteger(MString.of("3")));
        assertTrue(isExactInteger(32L)); // R7RS example
        assertTrue(isExactInteger(num("-100000000000000000000")));
        assertFalse(isExactInteger(32.0)); // R7RS example
        assertFalse(isExactInteger(rat(32, 5))); // R7RS example
        assertFalse(isExactInteger(Boolean.TRUE));
    }

    @Test
    void exactness() {
        assertTrue(isExact(rat(3, 2)));
        assertTrue(isExact(num("100000000000000000000")));
        assertFalse(isExact(3.0));
        assertTrue(isInexact(3.0)); // R7RS example
        assertFalse(isInexact(1L));
        fails("exact?: expected a number, got #t", () -> isExact(Boolean.TRUE));
        fails("inexact?: expected a number, got #t", () -> isInexact(Boolean.TRUE));
    }

    @Test
    void nanInfiniteFinite() {
        assertTrue(isFinite(3L)); // R7RS example
        assertFalse(isFinite(INF)); // R7RS example
        assertTrue(isFinite(rat(1, 3)));
        assertFalse(isFinite(NAN));
        assertFalse(isInfinite(3L)); // R7RS example
        assertTrue(isInfinite(-INF));
        assertFalse(isInfinite(NAN));
        assertTrue(isNan(NAN)); // R7RS example
        assertFalse(isNan(32L)); // R7RS example
        assertFalse(isNan(1.0));
        fails("nan?: expected a number, got #t", () -> isNan(Boolean.TRUE));
        fails("finite?: expected a number, got #t", () -> isFinite(Boolean.TRUE));
    }

    @Test
    void signs() {
        assertTrue(isZero(0L) && isZero(0.0) && isZero(-0.0));
        assertFalse(isZero(1L) || isZero(rat(1, 2)) || isZero(num("100000000000000000000")) || isZero(NAN));
        assertTrue(isPositive(1L) && isPositive(rat(1, 2)) && isPositive(num("100000000000000000000")) && isPositive(INF));
        assertFalse(isPositive(0L) || isPositive(-0.0) || isPositive(NAN) || isPositive(-1.5));
        assertTrue(isNegative(-1L) && isNegative(rat(-1, 2)) && isNegative(num("-100000000000000000000")) && isNegative(-INF));
        assertFalse(isNegative(0L) || isNegative(-0.0) || isNegative(NAN));
        fails("zero?: expected a number, got #t", () -> isZero(Boolean.TRUE));
        fails("positive?: expected a number, got #t", () -> isPositive(Boolean.TRUE));
        fails("negative?: expected a number, got #t", () -> isNegative(Boolean.TRUE));
    }

    @Test
    void parity() {
        assertTrue(isOdd(3L) && isOdd(-3L) && isOdd(MAX) && isOdd(num("100000000000000000001")) && isOdd(7.0));
        assertTrue(isEven(0L) && isEven(-4L) && isEven(MIN) && isEven(num("100000000000000000000")) && isEven(-2.0));
        assertFalse(isEven(1L) || isOdd(0L) || isOdd(2.0));
        fails("odd?: expected an integer, got 1/2", () -> isOdd(rat(1, 2)));
        fails("even?: expected an integer, got #t", () -> isEven(Boolean.TRUE));
    }
}
