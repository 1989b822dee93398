package org.eshkol.runtime.num;

import static org.eshkol.runtime.num.ExactnessBuiltins.*;
import static org.eshkol.runtime.num.N.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactnessTest {
    @Test
    void exactOfFlonums() {
        eqv(2L, exact(2.0));
        eqv(rat(5, 2), exact(2.5));
        eqv(rat(1, 4), exact(0.25));
        eqv(0L, exact(-0.0));
        eqv(rat("3602879701896397", "36028797018963968"), exact(0.1));
        eqv(num("1000000000000000000000"), exact(1e21));
        eqv(MIN, exact(-9223372036854775808.0));
        eqv(num("9223372036854775808"), exact(9223372036854775808.0));
        eqv(rat("1", BigInteger.ONE.shiftLeft(1074).toString()), exact(Double.MIN_VALUE));
        eqv(5L, exact(5.0));
        // the printed form of the flonum belongs to the printer, so only the prefix is pinned here
        failsWithPrefix("exact: expected a finite number, got ", () -> exact(Double.NaN));
        failsWithPrefix("exact: expected a finite number, got ", () -> exact(Double.NEGATIVE_INFINITY));
        fails("exact: expected a number, got #t", () -> exact(Boolean.TRUE));
        eqv(rat(1, 3), exact(rat(1, 3)));
    }

    @Test
    void inexactOfExact() {
        eqv(0.5, inexact(rat(1, 2)));
        eqv(1.0 / 3, inexact(rat(1, 3)));
        eqv(1e20, inexact(num("100000000000000000000")));
        eqv(9.223372036854775807E18, inexact(MAX));
        eqv(Double.POSITIVE_INFINITY, inexact(ArithmeticBuiltins.mul(num("1" + "0".repeat(400)), 1L)));
        eqv(1e-300, inexact(rat("1", "1" + "0".repeat(300))));
        eqv(1.5, inexact(1.5));
        fails("inexact: expected a number, got #t", () -> inexact(Boolean.TRUE));
    }

    @Test
    void ratioToDoubleIsCorrectlyRounded() {
        Random random = new Random(42);
        for (int i = 0; i < 3000; i++) {
            BigInteger magnitude = new BigInteger(1 + random.nextInt(200), random).add(BigInteger.ONE);
            BigInteger d = new BigInteger(1 + random.nextInt(200), random).add(BigInteger.ONE);
            BigInteger n = random.nextBoolean() ? magnitude.negate() : magnitude;
            double expected = new BigDecimal(n).divide(new BigDecimal(d), new MathContext(80)).doubleValue();
            assertEquals(expected, Convert.ratioToDouble(n, d), () -> n + "/" + d);
        }
        // ties to even: 2^53 + 1 halfway between 2^53 and 2^53 + 2
        assertEquals(9007199254740992.0, Convert.ratioToDouble(BigInteger.valueOf(9007199254740993L), BigInteger.ONE));
        assertEquals(9007199254740996.0, Convert.ratioToDouble(BigInteger.valueOf(9007199254740995L), BigInteger.ONE));
        // subnormals and underflow
        BigInteger two1074 = BigInteger.ONE.shiftLeft(1074);
        assertEquals(Double.MIN_VALUE, Convert.ratioToDouble(BigInteger.ONE, two1074));
        assertEquals(3 * Double.MIN_VALUE, Convert.ratioToDouble(BigInteger.valueOf(3), two1074));
        assertEquals(0.0, Convert.ratioToDouble(BigInteger.ONE, two1074.shiftLeft(1)));   // exactly half: to even (0)
        assertEquals(Double.MIN_VALUE, Convert.ratioToDouble(BigInteger.valueOf(3), two1074.shiftLeft(2)));
        assertEquals(-0.0, Convert.ratioToDouble(BigInteger.ONE.negate(), two1074.shiftLeft(5)));
    }

    @Test
    void roundTripThroughExact() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(d)) continue;
            assertEquals(d == 0 ? 0.0 : d, Convert.toDouble(exact(d)));
        }
    }

    @Test
    void numeratorAndDenominator() {
        eqv(3L, numerator(rat(6, 4))); // R7RS example
        eqv(2L, denominator(rat(6, 4))); // R7RS example
        eqv(2.0, denominator(inexact(rat(6, 4)))); // R7RS example
        eqv(3.0, numerator(1.5));
        eqv(5L, numerator(5L));
        eqv(1L, denominator(5L));
        eqv(1L, denominator(0L));
        eqv(1.0, denominator(7.0));
        eqv(num("-100000000000000000000"), numerator(num("-100000000000000000000")));
        fails("numerator: expected a number, got #t", () -> numerator(Boolean.TRUE));
    }
}
