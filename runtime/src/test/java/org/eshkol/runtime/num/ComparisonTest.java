package org.eshkol.runtime.num;

import static org.eshkol.runtime.num.N.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eshkol.runtime.MString;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static final Object[] NONE = new Object[0];
    private static final double NAN = Double.NaN;

    @Test
    void fixnumsAndFlonums() {
        assertTrue(Arith.lt(1L, 2L));
        assertFalse(Arith.lt(2L, 2L));
        assertTrue(Arith.le(2L, 2L));
        assertTrue(Arith.gt(3L, 2L));
        assertTrue(Arith.ge(2L, 2L));
        assertTrue(Arith.numEq(MIN, MIN));
        assertFalse(Arith.numEq(MIN, MAX));
        assertTrue(Arith.lt(1.5, 2.5));
        assertTrue(Arith.numEq(0.0, -0.0));
        assertTrue(Arith.le(-0.0, 0.0));
    }

    @Test
    void mixedExactnessComparesExactly() {
        assertTrue(Arith.numEq(2L, 2.0));
        assertTrue(Arith.numEq(0L, -0.0));
        assertTrue(Arith.numEq(rat(1, 2), 0.5));
        assertTrue(Arith.lt(rat(1, 3), 0.3333333333333334));
        assertTrue(Arith.gt(rat(1, 3), 0.3333333333333333)); // the double is slightly below 1/3
        // 2^53 + 1 is not representable: the exact comparison still sees the difference
        assertTrue(Arith.gt(9007199254740993L, 9007199254740992.0));
        assertFalse(Arith.numEq(9007199254740993L, 9007199254740992.0));
        assertTrue(Arith.lt(MAX, 9223372036854775808.0));
        assertTrue(Arith.numEq(num("9223372036854775808"), 9223372036854775808.0));
        assertTrue(Arith.lt(num("100000000000000000000000000000"), Double.POSITIVE_INFINITY));
        assertTrue(Arith.gt(num("-1"), Double.NEGATIVE_INFINITY));
        assertTrue(Arith.lt(Double.NEGATIVE_INFINITY, MIN));
    }

    @Test
    void bignumsAndRationals() {
        assertTrue(Arith.lt(MAX, num("9223372036854775808")));
        assertTrue(Arith.gt(MIN, num("-9223372036854775809")));
        assertTrue(Arith.lt(rat(1, 3), rat(1, 2)));
        assertTrue(Arith.lt(rat(-1, 2), rat(-1, 3)));
        assertTrue(Arith.gt(rat(7, 2), 3L));
        assertTrue(Arith.numEq(rat(2, 4), rat(1, 2)));
        assertFalse(Arith.numEq(rat(1, 2), 1L));
    }

    @Test
    void nanIsUnordered() {
        for (Object x : new Object[] {1L, 1.0, NAN, rat(1, 2), num("100000000000000000000")}) {
            assertFalse(Arith.lt(x, NAN));
            assertFalse(Arith.le(NAN, x));
            assertFalse(Arith.numEq(NAN, x));
            assertFalse(Arith.gt(x, NAN));
            assertFalse(Arith.ge(x, NAN));
        }
    }

    @Test
    void variadicChainsAreTransitive() {
        assertTrue(ComparisonBuiltins.lt(1L, 2L, 3L, new Object[] {4L}));
        assertFalse(ComparisonBuiltins.lt(1L, 3L, 2L, NONE));
        assertTrue(ComparisonBuiltins.le(1L, 1L, 2.0, new Object[] {rat(5, 2)}));
        assertTrue(ComparisonBuiltins.numEq(1L, 1.0, 1L, NONE));
        assertFalse(ComparisonBuiltins.numEq(1L, 1.0, 2L, NONE));
        assertTrue(ComparisonBuiltins.gt(3L, 2L, 1L, NONE));
        assertTrue(ComparisonBuiltins.ge(3L, 3L, 1L, NONE));
        assertTrue(ComparisonBuiltins.numEq(5L));
        // exact comparison keeps = transitive where conversion to double would not
        Object a = 9007199254740992L, b = 9007199254740992.0, c = 9007199254740993L;
        assertTrue(ComparisonBuiltins.numEq(a, b));
        assertFalse(ComparisonBuiltins.numEq(b, c));
    }

    @Test
    void typeErrorsNameTheProcedure() {
        fails("<: expected a number, got \"x\"", () -> Arith.lt(1L, MString.of("x")));
        fails("=: expected a number, got #t", () -> Arith.numEq(Boolean.TRUE, 1.0));
        fails(">=: expected a number, got #f", () -> Arith.ge(2L, Boolean.FALSE));
        fails("<=: expected a number, got #f", () -> ComparisonBuiltins.le(1L, 2L, 3L, new Object[] {Boolean.FALSE}));
        fails(">: expected a number, got #f", () -> ComparisonBuiltins.gt(Boolean.FALSE));
        // every argument is checked even after the answer is known
        fails("<: expected a number, got #f", () -> ComparisonBuiltins.lt(2L, 1L, Boolean.FALSE, NONE));
    }

    @Test
    void maxAndMin() {
        eqv(4L, ComparisonBuiltins.max(3L, new Object[] {4L})); // R7RS example
        eqv(4.0, ComparisonBuiltins.max(3.9, new Object[] {4L})); // R7RS example: inexact contagion
        eqv(3.0, ComparisonBuiltins.min(3L, new Object[] {4.5}));
        eqv(rat(1, 3), ComparisonBuiltins.min(rat(1, 2), new Object[] {rat(1, 3), 1L}));
        eqv(num("100000000000000000000"), ComparisonBuiltins.max(1L, new Object[] {num("100000000000000000000")}));
        eqv(5L, ComparisonBuiltins.max(5L, NONE));
        eqv(NAN, ComparisonBuiltins.max(1L, new Object[] {NAN, 2L}));
        fails("max: expected a number, got #t", () -> ComparisonBuiltins.max(Boolean.TRUE, NONE));
        fails("min: expected a number, got #t", () -> ComparisonBuiltins.min(1L, new Object[] {Boolean.TRUE}));
    }
}
