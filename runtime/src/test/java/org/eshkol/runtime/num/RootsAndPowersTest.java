package org.eshkol.runtime.num;

import static org.eshkol.runtime.num.N.*;
import static org.eshkol.runtime.num.TranscendentalBuiltins.expt;
import static org.eshkol.runtime.num.TranscendentalBuiltins.sqrt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RootsAndPowersTest {
    @Test
    void sqrtExactWhenPossible() {
        eqv(3L, sqrt(9L)); // R7RS example
        eqv(1.4142135623730951, sqrt(2L)); // R7RS example
        eqv(0L, sqrt(0L));
        eqv(rat(1, 2), sqrt(rat(1, 4)));
        eqv(rat(3, 7), sqrt(rat(9, 49)));
        eqv(Math.sqrt(0.5), sqrt(rat(1, 2)));
        eqv(num("100000000000000000000"), sqrt(num("10000000000000000000000000000000000000000")));
        eqv(3037000499L, sqrt(9223372030926249001L));
        eqv(3.0, sqrt(9.0));
        eqv(-0.0, sqrt(-0.0));
        eqv(Double.POSITIVE_INFINITY, sqrt(Double.POSITIVE_INFINITY));
        eqv(1e200, sqrt(ArithmeticBuiltins.add(BigInteger.TEN.pow(400), 1L))); // beyond the double range
    }

    @Test
    void sqrtErrors() {
        fails("sqrt: complex results are not supported -4", () -> sqrt(-4L));
        fails("sqrt: complex results are not supported -1/4", () -> sqrt(rat(-1, 4)));
        failsWithPrefix("sqrt: complex results are not supported ", () -> sqrt(-2.0));
        fails("sqrt: expected a number, got #t", () -> sqrt(Boolean.TRUE));
    }

    @Test
    void exactPowers() {
        eqv(1L, expt(0L, 0L)); // R7RS
        eqv(0L, expt(0L, 5L)); // R7RS
        eqv(1024L, expt(2L, 10L));
        eqv(num("1267650600228229401496703205376"), expt(2L, 100L));
        eqv(num("9223372036854775808"), expt(2L, 63L));
        eqv(MIN, expt(-2L, 63L));
        eqv(num("-9223372036854775808").equals(MIN) ? MIN : null, expt(-2L, 63L));
        eqv(rat(1, 8), expt(2L, -3L));
        eqv(rat(-1, 8), expt(-2L, -3L));
        eqv(rat(9, 4), expt(rat(3, 2), 2L));
        eqv(rat(8, 27), expt(rat(3, 2), -3L));
        eqv(1L, expt(1L, num("100000000000000000000")));
        eqv(1L, expt(-1L, num("100000000000000000000")));
        eqv(-1L, expt(-1L, num("100000000000000000001")));
        eqv(0L, expt(0L, num("100000000000000000000")));
        eqv(num("1" + "0".repeat(60)), expt(num("1000000000000000000000000000000"), 2L));
        fails("expt: division by zero", () -> expt(0L, -1L));
        failsWithPrefix("expt: exponent too large", () -> expt(2L, num("100000000000000000000")));
    }

    @Test
    void inexactAndRationalPowers() {
        eqv(8.0, expt(2.0, 3L));
        eqv(8.0, expt(2L, 3.0));
        eqv(1.0, expt(0.0, 0L));
        eqv(0.125, expt(2.0, -3L));
        eqv(2L, expt(4L, rat(1, 2)));
        eqv(8L, expt(4L, rat(3, 2)));
        eqv(rat(1, 8), expt(4L, rat(-3, 2)));
        eqv(rat(2, 3), expt(rat(8, 27), rat(1, 3)));
        eqv(3L, expt(243L, rat(1, 5)));
        eqv(Math.pow(2, 0.5), expt(2L, rat(1, 2)));
        eqv(2.0, expt(4.0, 0.5));
        eqv(2.0, expt(4.0, rat(1, 2)));
        eqv(Double.POSITIVE_INFINITY, expt(0L, -1.0));
        eqv(-8.0, expt(-2.0, 3.0));
        failsWithPrefix("expt: complex results are not supported ", () -> expt(-8L, rat(1, 3)));
        failsWithPrefix("expt: complex results are not supported ", () -> expt(-8.0, 0.5));
        fails("expt: expected a number, got #t", () -> expt(2L, Boolean.TRUE));
    }

    @Test
    void exactRoots() {
        assertEquals(BigInteger.valueOf(3), Roots.exactRoot(BigInteger.valueOf(27), 3));
        assertEquals(null, Roots.exactRoot(BigInteger.valueOf(28), 3));
        assertEquals(null, Roots.exactRoot(BigInteger.valueOf(26), 3));
        BigInteger b = new BigInteger("123456789012345678901234567890");
        assertEquals(b, Roots.exactRoot(b.pow(7), 7));
        assertEquals(null, Roots.exactRoot(b.pow(7).add(BigInteger.ONE), 7));
        assertEquals(null, Roots.exactRoot(b.pow(7).subtract(BigInteger.ONE), 7));
        for (int k = 2; k < 8; k++) {
            for (long n = 1; n < 300; n++) {
                BigInteger p = BigInteger.valueOf(n).pow(k);
                assertEquals(BigInteger.valueOf(n), Roots.exactRoot(p, k));
                assertEquals(null, Roots.exactRoot(p.add(BigInteger.ONE), k), () -> p + "+1");
            }
        }
    }
}
