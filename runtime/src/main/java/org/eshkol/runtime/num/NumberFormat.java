package org.eshkol.runtime.num;

import java.math.BigInteger;

/**
 * Numbers to text, as {@code write}, {@code display} and {@code number->string} show them: exact
 * integers and rationals in the radix ({@code -5}, {@code 1/3}, {@code ff}); flonums in radix 10 with the
 * shortest digits that read back to the same double, always marked inexact: {@code 1.0}, {@code 0.1},
 * {@code -0.0}, {@code 100.0}, {@code 1e21}, {@code 1e-7}, {@code +inf.0}, {@code -inf.0},
 * {@code +nan.0}. Positional notation is used for magnitudes in [1e-6, 1e21), exponent notation outside
 * (the JavaScript rule, which also gives Chez's {@code 1e21}).
 */
public final class NumberFormat {
    private NumberFormat() {}

    /** {@code number} (a Long, BigInteger, Ratnum or Double) in {@code radix} 2, 8, 10 or 16. */
    public static String toString(Object number, int radix) {
        if (number instanceof Long l) return Long.toString(l, radix);
        if (number instanceof Double d) return radix == 10 ? flonum(d) : flonumInRadix(d, radix);
        if (number instanceof BigInteger b) return b.toString(radix);
        if (number instanceof Ratnum r) return r.num.toString(radix) + "/" + r.den.toString(radix);
        throw new IllegalArgumentException("not a number: " + number);
    }

    /** {@code number} in radix 10. */
    public static String toString(Object number) { return toString(number, 10); }

    static String flonum(double d) {
        if (Double.isNaN(d)) return "+nan.0";
        if (Double.isInfinite(d)) return d > 0 ? "+inf.0" : "-inf.0";
        if (d == 0) return (Double.doubleToRawLongBits(d) < 0) ? "-0.0" : "0.0";
        // Double.toString gives the shortest round-tripping digits; re-lay them out in Scheme style.
        String s = Double.toString(Math.abs(d));
        int e = s.indexOf('E');
        String mantissa = e < 0 ? s : s.substring(0, e);
        int exp10 = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        int dot = mantissa.indexOf('.');
        StringBuilder digits = new StringBuilder(mantissa.length());
        digits.append(mantissa, 0, dot).append(mantissa, dot + 1, mantissa.length());
        int point = dot + exp10; // decimal point position relative to digits[0]
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') lead++;
        digits.delete(0, lead);
        point -= lead;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        digits.setLength(end);
        if (digits.length() == 2) point = shortenToOneDigit(Math.abs(d), digits, point);
        StringBuilder out = new StringBuilder(24);
        if (d < 0) out.append('-');
        int sci = point - 1; // value = 0.d1d2... * 10^point = d1.d2... * 10^sci
        if (sci >= 21 || sci < -6) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) out.append('.').append(digits, 1, digits.length());
            out.append('e').append(sci);
        } else if (point <= 0) {
            out.append("0.");
            for (int i = point; i < 0; i++) out.append('0');
            out.append(digits);
        } else if (point >= digits.length()) {
            out.append(digits);
            for (int i = digits.length(); i < point; i++) out.append('0');
            out.append(".0");
        } else {
            out.append(digits, 0, point).append('.').append(digits, point, digits.length());
        }
        return out.toString();
    }

    /**
     * Double.toString never prints fewer than two significant digits, even when one reads back to the
     * same double ({@code 4.9E-324} for {@code 5e-324}); tries the nearest one-digit decimal instead.
     * Returns the (possibly moved) decimal point and leaves {@code digits} shortened when that works.
     */
    private static int shortenToOneDigit(double magnitude, StringBuilder digits, int point) {
        int rounded = digits.charAt(0) - '0' + (digits.charAt(1) >= '5' ? 1 : 0);
        int newPoint = rounded == 10 ? point + 1 : point;
        char digit = rounded == 10 ? '1' : (char) ('0' + rounded);
        if (Double.parseDouble(digit + "e" + (newPoint - 1)) != magnitude) return point;
        digits.setLength(1);
        digits.setCharAt(0, digit);
        return newPoint;
    }

    /** A flonum in radix 2, 8 or 16: its exact binary value, which always has finitely many digits. */
    private static String flonumInRadix(double d, int radix) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) return flonum(d);
        Object exact = Convert.exactOf(Math.abs(d));
        BigInteger num = Convert.numerator(exact), den = Convert.denominator(exact);
        BigInteger[] qr = num.divideAndRemainder(den);
        StringBuilder out = new StringBuilder();
        if (d < 0) out.append('-');
        out.append(qr[0].toString(radix)).append('.');
        BigInteger rem = qr[1], r = BigInteger.valueOf(radix);
        if (rem.signum() == 0) out.append('0');
        while (rem.signum() != 0) {
            BigInteger[] step = rem.multiply(r).divideAndRemainder(den);
            out.append(Character.forDigit(step[0].intValue(), radix));
            rem = step[1];
        }
        return out.toString();
    }
}
