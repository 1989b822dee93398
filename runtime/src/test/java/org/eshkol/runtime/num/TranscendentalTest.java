package org.eshkol.runtime.num;

import static org.eshkol.runtime.num.N.*;
import static org.eshkol.runtime.num.TranscendentalBuiltins.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class TranscendentalTest {
    @Test
    void flonumResults() {
        eqv(1.0, exp(0L));
        eqv(Math.E, exp(1L));
        eqv(0.0, log(1L));
        eqv(1.0, log(Math.E));
        eqv(Double.NEGATIVE_INFINITY, log(0L));
        eqv(3.0, log(8L, 2L));
        eqv(2.0, log(100L, 10L));
        eqv(0.0, sin(0L));
        eqv(1.0, cos(0L));
        eqv(Math.tan(1.0), tan(1L));
        eqv(Math.PI / 2, asin(1L));
        eqv(Math.PI, acos(-1L));
        eqv(Math.PI / 4, atan(1L));
        eqv(Math.PI / 4, atan(1L, 1L));
        eqv(Math.PI, atan(0L, -1L));
        eqv(-Math.PI / 2, atan(-1L, 0L));
        eqv(Math.sin(0.5), sin(rat(1, 2)));
    }

    @Test
    void logOfHugeExactNumbers() {
        Object big = BigInteger.TEN.pow(400);
        assertEquals(400 * Math.log(10), (Double) log(big), 1e-9);
        assertEquals(-400 * Math.log(10), (Double) log(rat(BigInteger.ONE.toString(), BigInteger.TEN.pow(400).toString())), 1e-9);
        assertEquals(400.0, (Double) log(big, 10L), 1e-12);
    }

    @Test
    void complexResultsAreErrors() {
        fails("log: complex results are not supported -1", () -> log(-1L));
        failsWithPrefix("asin: complex results are not supported ", () -> asin(2.0));
        fails("acos: complex results are not supported -2", () -> acos(-2L));
        eqv(Double.NaN, asin(Double.NaN));
        fails("exp: expected a number, got #t", () -> exp(Boolean.TRUE));
        fails("atan: expected a number, got #f", () -> atan(1L, Boolean.FALSE));
    }
}
