package org.eshkol.runtime.num;

import static org.eshkol.runtime.num.DivisionBuiltins.*;
import static org.eshkol.runtime.num.N.*;

import org.junit.jupiter.api.Test;

class IntegerDivisionTest {
    @Test
    void r7rsFloorAndTruncateExamples() {
        values(floorDivide(5L, 2L), 2L, 1L);
        values(floorDivide(-5L, 2L), -3L, 1L);
        values(floorDivide(5L, -2L), -3L, -1L);
        values(floorDivide(-5L, -2L), 2L, -1L);
        values(truncateDivide(5L, 2L), 2L, 1L);
        values(truncateDivide(-5L, 2L), -2L, -1L);
        values(truncateDivide(5L, -2L), -2L, 1L);
        values(truncateDivide(-5L, -2L), 2L, -1L);
        values(truncateDivide(-5.0, 2L), -2.0, -1.0);
    }

    @Test
    void quotientRemainderModulo() {
        eqv(1L, modulo(13L, 4L)); // R7RS example
        eqv(1L, remainder(13L, 4L)); // R7RS example
        eqv(3L, modulo(-13L, 4L)); // R7RS example
        eqv(-1L, remainder(-13L, 4L)); // R7RS example
        eqv(-3L, modulo(13L, -4L)); // R7RS example
        eqv(1L, remainder(13L, -4L)); // R7RS example
        eqv(-1L, modulo(-13L, -4L)); // R7RS example
        eqv(-1L, remainder(-13L, -4L)); // R7RS example
        eqv(-1.0, remainder(-13L, -4.0)); // R7RS example
        eqv(3L, quotient(13L, 4L));
        eqv(-3L, quotient(-13L, 4L));
        eqv(-4L, floorQuotient(-13L, 4L));
        eqv(3L, floorRemainder(-13L, 4L));
        eqv(-3L, truncateQuotient(-13L, 4L));
        eqv(-1L, truncateRemainder(-13L, 4L));
        eqv(3.0, modulo(-13.0, 4L));
    }

    @Test
    void longMinOverMinusOne() {
        eqv(num("9223372036854775808"), quotient(MIN, -1L));
        eqv(0L, remainder(MIN, -1L));
        eqv(0L, modulo(MIN, -1L));
        eqv(num("9223372036854775808"), floorQuotient(MIN, -1L));
        values(floorDivide(MIN, -1L), num("9223372036854775808"), 0L);
        values(truncateDivide(MIN, -1L), num("9223372036854775808"), 0L);
        eqv(-MAX, quotient(MAX, -1L));
        eqv(MIN, quotient(num("9223372036854775808"), -1L));
    }

    @Test
    void bignums() {
        Object big = num("100000000000000000000"); // 10^20
        eqv(num("33333333333333333333"), quotient(big, 3L));
        eqv(1L, remainder(big, 3L));
        eqv(2L, modulo(num("-100000000000000000000"), 3L));
        eqv(-1L, remainder(num("-100000000000000000000"), 3L));
        eqv(-10L, floorQuotient(MIN, num("1000000000000000000")));
        values(floorDivide(num("-100000000000000000001"), num("100000000000000000000")),
                -2L, num("99999999999999999999"));
        eqv(0L, quotient(5L, big));
        eqv(5L, remainder(5L, big));
        eqv(num("99999999999999999995"), modulo(-5L, big));
    }

    @Test
    void errors() {
        fails("quotient: division by zero", () -> quotient(1L, 0L));
        fails("modulo: division by zero", () -> modulo(num("100000000000000000000"), 0L));
        fails("floor/: division by zero", () -> floorDivide(1L, 0L));
        fails("remainder: division by zero", () -> remainder(1.0, 0.0));
        fails("quotient: expected an integer, got 1.5", () -> quotient(1.5, 1L));
        fails("modulo: expected an integer, got 1/2", () -> modulo(1L, rat(1, 2)));
        fails("truncate/: expected an integer, got #t", () -> truncateDivide(Boolean.TRUE, 1L));
    }

    @Test
    void gcdAndLcm() {
        eqv(4L, gcd(new Object[] {32L, -36L})); // R7RS example
        eqv(0L, gcd(new Object[0])); // R7RS example
        eqv(288L, lcm(new Object[] {32L, -36L})); // R7RS example
        eqv(288.0, lcm(new Object[] {32.0, -36L})); // R7RS example
        eqv(1L, lcm(new Object[0])); // R7RS example
        eqv(4.0, gcd(new Object[] {32.0, -36L}));
        eqv(5L, gcd(new Object[] {-5L}));
        eqv(num("9223372036854775808"), gcd(new Object[] {MIN, 0L}));
        eqv(num("9223372036854775808"), gcd(new Object[] {MIN, MIN}));
        eqv(num("100000000000000000000"), gcd(new Object[] {num("100000000000000000000"), num("300000000000000000000")}));
        eqv(0L, lcm(new Object[] {0L, 5L}));
        eqv(num("18446744073709551614"), lcm(new Object[] {MAX, 2L}));
        eqv(6L, lcm(new Object[] {2L, 3L, -6L}));
        fails("gcd: expected an integer, got 1/2", () -> gcd(new Object[] {rat(1, 2)}));
        fails("lcm: expected an integer, got 2.5", () -> lcm(new Object[] {2.5}));
    }

    @Test
    void exactIntegerSqrtExamples() {
        values(exactIntegerSqrt(4L), 2L, 0L); // R7RS example
        values(exactIntegerSqrt(5L), 2L, 1L); // R7RS example
        values(exactIntegerSqrt(17L), 4L, 1L);
        values(exactIntegerSqrt(0L), 0L, 0L);
        values(exactIntegerSqrt(MAX), 3037000499L, 5928526806L);
        values(exactIntegerSqrt(num("100000000000000000000")), 10000000000L, 0L);
        values(exactIntegerSqrt(num("100000000000000000000000000000000000000001")),
                num("316227766016837933199"), num("562477137586013626400"));
        for (long n = 0; n < 2000; n++) {
            long s = (Long) ((org.eshkol.runtime.MultipleValues) exactIntegerSqrt(n)).values[0];
            if (s * s > n || (s + 1) * (s + 1) <= n) throw new AssertionError("sqrt of " + n + " gave " + s);
        }
        fails("exact-integer-sqrt: expected an exact non-negative integer, got -1", () -> exactIntegerSqrt(-1L));
        fails("exact-integer-sqrt: expected an exact non-negative integer, got 4.0", () -> exactIntegerSqrt(4.0));
    }
}
