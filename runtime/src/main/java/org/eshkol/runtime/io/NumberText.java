package org.eshkol.runtime.io;

import java.math.BigInteger;

/**
 * Number to text for the printer and {@code format}. This is a local stand-in for
 * {@code org.eshkol.runtime.num.NumberFormat}, which the numbers work provides: once that class is on
 * the branch, {@link #toString(Object, int)} becomes one call to
 * {@code NumberFormat.toString(number, radix)} and this class keeps only {@link #isNumber}.
 */
final class NumberText {
    private NumberText() {}

    /** True of every Scheme number (Long, BigInteger, Double and the numbers work's exact rationals). */
    static boolean isNumber(Object o) { return o instanceof Number; }

    /** The external representation in {@code radix} (callers pass exact integers with radices other than 10). */
    static String toString(Object n, int radix) {
        if (n instanceof Long l) return Long.toString(l, radix);
        if (n instanceof BigInteger b) return b.toString(radix);
        if (n instanceof Double d) return flonum(d);
        return n.toString();
    }

    /** Scheme's flonum syntax: {@code 1.0}, {@code 1.5e-7}, {@code +inf.0}, {@code -inf.0}, {@code +nan.0}. */
    static String flonum(double d) {
        if (Double.isNaN(d)) return "+nan.0";
        if (Double.isInfinite(d)) return d > 0 ? "+inf.0" : "-inf.0";
        String s = Double.toString(d);
        int e = s.indexOf('E');
        if (e < 0) return s;
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) mantissa = mantissa.substring(0, mantissa.length() - 2);
        return mantissa + "e" + s.substring(e + 1);
    }
}
