package org.eshkol.runtime.num;

import static org.eshkol.runtime.num.N.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;
import org.eshkol.runtime.MString;
import org.junit.jupiter.api.Test;

class ArithTest {
    @Test
    void fixnumFastPaths() {
        eqv(7L, Arith.add(3L, 4L));
        eqv(-1L, Arith.sub(3L, 4L));
        eqv(12L, Arith.mul(3L, 4L));
        eqv(0L, Arith.mul(0L, MIN));
    }

    @Test
    void addOverflowsToBignumAndBack() {
        eqv(num("9223372036854775808"), Arith.add(MAX, 1L));
        eqv(num("-9223372036854775809"), Arith.add(MIN, -1L));
        eqv(num("18446744073709551614"), Arith.add(MAX, MAX));
        Object big = Arith.add(MAX, 1L);
        assertInstanceOf(BigInteger.class, big);
        eqv(MAX, Arith.sub(big, 1L));
        assertInstanceOf(Long.class, Arith.sub(big, 1L));
        eqv(MIN, Arith.add(Arith.sub(MIN, 1L), 1L));
    }

    @Test
    void subOverflow() {
        eqv(num("9223372036854775808"), Arith.sub(0L, MIN));
        eqv(num("-9223372036854775809"), Arith.sub(MIN, 1L));
        eqv(-1L, Arith.sub(MAX, Arith.add(MAX, 1L)));
        eqv(num("9223372036854775808"), ArithmeticBuiltins.sub(MIN));
        eqv(MIN, ArithmeticBuiltins.sub(num("9223372036854775808")));
        eqv(-MAX, ArithmeticBuiltins.sub(MAX));
    }

    @Test
    void mulOverflow() {
        eqv(num("9223372036854775808"), Arith.mul(-1L, MIN));
        eqv(num("9223372036854775808"), Arith.mul(MIN, -1L));
        eqv(MIN, Arith.mul(num("9223372036854775808"), -1L));
        eqv(num("85070591730234615847396907784232501249"), Arith.mul(MAX, MAX));
        eqv(num("4294967296"), Arith.mul(65536L, 65536L));
        eqv(num("18446744073709551616"), Arith.mul(4294967296L, 4294967296L));
        eqv(MIN, Arith.mul(4294967296L, -2147483648L));
        eqv(1L, Arith.mul(num("18446744073709551616"), rat("1", "18446744073709551616")));
    }

    @Test
    void rationals() {
        eqv(rat(5, 6), Arith.add(rat(1, 2), rat(1, 3)));
        eqv(1L, Arith.add(rat(1, 2), rat(1, 2)));
        assertInstanceOf(Long.class, Arith.add(rat(1, 2), rat(1, 2)));
        eqv(rat(1, 6), Arith.sub(rat(1, 2), rat(1, 3)));
        eqv(rat(-3, 2), Arith.sub(rat(1, 2), 2L));
        eqv(rat(1, 6), Arith.mul(rat(1, 2), rat(1, 3)));
        eqv(2L, Arith.mul(rat(2, 3), 3L));
        eqv(rat(3, 2), Arith.div(rat(1, 2), rat(1, 3)));
        eqv(rat(-1, 2), ArithmeticBuiltins.sub(rat(1, 2)));
        eqv(rat("1", "100000000000000000000"), Arith.div(1L, num("100000000000000000000")));
    }

    @Test
    void mixedExactnessIsInexact() {
        eqv(3.5, Arith.add(3L, 0.5));
        eqv(3.5, Arith.add(0.5, 3L));
        eqv(0.75, Arith.add(rat(1, 4), 0.5));
        eqv(1.0e19, Arith.add(num("10000000000000000000"), 0.0));
        eqv(-0.5, Arith.sub(0L, 0.5));
        eqv(1.5, Arith.mul(rat(1, 2), 3.0));
        eqv(0.0, Arith.mul(0L, 0.0)); // R7RS allows exact 0; we keep contagion
    }

    @Test
    void division() {
        eqv(rat(1, 3), ArithmeticBuiltins.div(1L, 3L));
        eqv(2L, ArithmeticBuiltins.div(6L, 3L));
        eqv(rat(1, 3), ArithmeticBuiltins.div(3L));
        eqv(0.5, ArithmeticBuiltins.div(2.0));
        eqv(rat(-3, 4), ArithmeticBuiltins.div(3L, -4L));
        eqv(rat(3, 20), ArithmeticBuiltins.div(3L, 4L, 5L, new Object[0])); // R7RS example
        eqv(num("9223372036854775808"), ArithmeticBuiltins.div(MIN, -1L));
        eqv(Double.POSITIVE_INFINITY, ArithmeticBuiltins.div(1.0, 0L));
        eqv(Double.POSITIVE_INFINITY, ArithmeticBuiltins.div(1L, 0.0));
        eqv(Double.NEGATIVE_INFINITY, ArithmeticBuiltins.div(-1L, 0.0));
        assertEquals(Double.NaN, (Double) ArithmeticBuiltins.div(0.0, 0L));
        fails("/: division by zero", () -> ArithmeticBuiltins.div(1L, 0L));
        fails("/: division by zero", () -> ArithmeticBuiltins.div(rat(1, 2), 0L));
        fails("/: division by zero", () -> ArithmeticBuiltins.div(0L));
    }

    @Test
    void variadicForms() {
        eqv(0L, ArithmeticBuiltins.add());
        eqv(1L, ArithmeticBuiltins.mul());
        eqv(7L, ArithmeticBuiltins.add(7L));
        eqv(7L, ArithmeticBuiltins.mul(7L));
        eqv(10L, ArithmeticBuiltins.add(1L, 2L, 3L, new Object[] {4L}));
        eqv(24L, ArithmeticBuiltins.mul(1L, 2L, 3L, new Object[] {4L}));
        eqv(-6L, ArithmeticBuiltins.sub(3L, 4L, 5L, new Object[0])); // R7RS example
        eqv(-3L, ArithmeticBuiltins.sub(3L)); // R7RS example
        eqv(6.5, ArithmeticBuiltins.add(1L, 2L, 3L, new Object[] {0.5}));
    }

    @Test
    void typeErrors() {
        fails("+: expected a number, got \"a\"", () -> Arith.add(1L, MString.of("a")));
        fails("+: expected a number, got \"a\"", () -> Arith.add(MString.of("a"), 1.0));
        fails("-: expected a number, got #t", () -> Arith.sub(Boolean.TRUE, 1L));
        fails("*: expected a number, got #f", () -> Arith.mul(2.0, Boolean.FALSE));
        fails("/: expected a number, got #f", () -> Arith.div(2L, Boolean.FALSE));
        fails("+: expected a number, got #t", () -> ArithmeticBuiltins.add(Boolean.TRUE));
        fails("+: expected a number, got #t", () -> ArithmeticBuiltins.add(1L, 2L, 3L, new Object[] {Boolean.TRUE}));
        fails("-: expected a number, got #t", () -> ArithmeticBuiltins.sub(Boolean.TRUE));
        fails("abs: expected a number, got #t", () -> ArithmeticBuiltins.abs(Boolean.TRUE));
    }

    @Test
    void absAndSquare() {
        eqv(7L, ArithmeticBuiltins.abs(-7L)); // R7RS example
        eqv(num("9223372036854775808"), ArithmeticBuiltins.abs(MIN));
        eqv(MAX, ArithmeticBuiltins.abs(-MAX));
        eqv(num("100000000000000000000"), ArithmeticBuiltins.abs(num("-100000000000000000000")));
        eqv(rat(1, 2), ArithmeticBuiltins.abs(rat(-1, 2)));
        eqv(0.0, ArithmeticBuiltins.abs(-0.0));
        eqv(2.5, ArithmeticBuiltins.abs(-2.5));
        eqv(1764L, ArithmeticBuiltins.square(42L)); // R7RS example
        eqv(4.0, ArithmeticBuiltins.square(2.0)); // R7RS example
        eqv(num("85070591730234615847396907784232501249"), ArithmeticBuiltins.square(MAX));
        eqv(rat(1, 4), ArithmeticBuiltins.square(rat(-1, 2)));
    }
}
