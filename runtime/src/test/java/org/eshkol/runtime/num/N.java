package org.eshkol.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.eshkol.runtime.MultipleValues;
import org.eshkol.runtime.SchemeError;
import org.junit.jupiter.api.function.Executable;

/** Test helpers: number constructors and assertions that compare by {@code eqv?} and print the Scheme form. */
final class N {
    private N() {}

    static final long MAX = Long.MAX_VALUE;
    static final long MIN = Long.MIN_VALUE;

    static BigInteger big(String s) { return new BigInteger(s); }

    static Object num(String s) { return NumberFactory.fromBig(big(s)); }

    static Object rat(long n, long d) { return NumberFactory.ratio(n, d); }

    static Object rat(String n, String d) { return NumberFactory.ratio(big(n), big(d)); }

    /** {@code actual} is eqv to {@code expected} (same exactness and class). */
    static void eqv(Object expected, Object actual) {
        assertTrue(NumberEquality.eqv(expected, actual),
                () -> "expected " + show(expected) + " but got " + show(actual));
    }

    /** The printed (write) form of a number result. */
    static void prints(String expected, Object actual) { assertEquals(expected, show(actual)); }

    static String show(Object x) {
        if (x == null) return "null";
        if (x instanceof MultipleValues mv) {
            StringBuilder sb = new StringBuilder("values");
            for (Object v : mv.values) sb.append(' ').append(show(v));
            return sb.toString();
        }
        if (NumKind.of(x) == null) return x + " : " + x.getClass().getSimpleName();
        return NumberFormat.toString(x, 10) + " : " + x.getClass().getSimpleName();
    }

    /** Running {@code code} raises a Scheme error with this exact message (as an uncaught error prints it). */
    static void fails(String message, Executable code) {
        SchemeError e = assertThrows(SchemeError.class, code);
        assertEquals(message, e.getMessage());
    }

    static void failsWithPrefix(String prefix, Executable code) {
        SchemeError e = assertThrows(SchemeError.class, code);
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    }

    static void values(MultipleValues mv, Object... expected) {
        assertEquals(expected.length, mv.values.length);
        for (int i = 0; i < expected.length; i++) eqv(expected[i], mv.values[i]);
    }

    static void values(Object mv, Object... expected) { values((MultipleValues) mv, expected); }
}
