package org.eshkol.analysis.read;

import java.math.BigInteger;
import org.eshkol.analysis.source.Span;

/**
 * R7RS number syntax (section 7.1.1) without complex numbers: prefixes {@code #e #i #x #b #o #d} in
 * either order, exact integers of any size, rationals {@code n/d} (normalised), decimals with an
 * optional {@code e} exponent (radix 10 only), and {@code +inf.0 -inf.0 +nan.0 -nan.0}. Letters in
 * prefixes, hex digits, exponent markers and {@code inf}/{@code nan} are case-insensitive. Only ASCII
 * digits count as digits.
 *
 * <p>Shared by the reader and by the runtime's {@code string->number}; it never throws. The reader
 * also asks {@link #classify} why a text is not a number, so that {@code 1+2i} and {@code 1/0} become
 * read errors instead of symbols.
 */
public final class NumberSyntax {
    /** Why a text is not a number. */
    enum Failure { NOT_A_NUMBER, COMPLEX, DIVISION_BY_ZERO, TOO_LARGE }

    /** The largest decimal exponent an exact ({@code #e}) decimal may have, to bound its size. */
    static final int MAX_EXACT_EXPONENT = 100_000;

    private static final Object NO = Failure.NOT_A_NUMBER;

    private NumberSyntax() {}

    /**
     * The number written as {@code text}: a {@link Datum.Int}, {@link Datum.Ratio} or
     * {@link Datum.Real} carrying {@code span}, or null if {@code text} is not a number in R7RS
     * syntax read with {@code defaultRadix} (2, 8, 10 or 16; any other radix gives null).
     */
    public static Datum parse(String text, int defaultRadix, Span span) {
        return classify(text, defaultRadix, span) instanceof Datum d ? d : null;
    }

    /** The number written as {@code text}, or the {@link Failure} saying why it is not one. */
    static Object classify(String text, int defaultRadix, Span span) {
        if (text == null || !(defaultRadix == 2 || defaultRadix == 8 || defaultRadix == 10 || defaultRadix == 16))
            return NO;
        int n = text.length();
        int i = 0;
        int radix = defaultRadix;
        boolean radixSet = false;
        char exactness = 0;
        while (i < n && text.charAt(i) == '#') {
            if (i + 1 >= n) return NO;
            switch (text.charAt(i + 1)) {
                case 'x', 'X' -> radix = 16;
                case 'b', 'B' -> radix = 2;
                case 'o', 'O' -> radix = 8;
                case 'd', 'D' -> radix = 10;
                case 'e', 'E', 'i', 'I' -> {
                    if (exactness != 0) return NO;
                    exactness = Character.toLowerCase(text.charAt(i + 1));
                    i += 2;
                    continue;
                }
                default -> { return NO; }
            }
            if (radixSet) return NO;
            radixSet = true;
            i += 2;
        }
        if (i >= n) return NO;
        Object real = real(text, i, n, radix, exactness, span);
        if (real == NO && looksComplex(text, i, n, radix)) return Failure.COMPLEX;
        return real;
    }

    /** A real number spanning text[i, n), or a Failure. */
    private static Object real(String text, int i, int n, int radix, char exactness, Span span) {
        int j = i;
        boolean negative = false;
        char c = text.charAt(i);
        if (c == '+' || c == '-') {
            negative = c == '-';
            j++;
            if (n - j == 5) {
                Object special = infOrNan(text, j, negative, exactness, span);
                if (special != null) return special;
            }
        }
        if (j >= n) return NO;
        int k = digitsEnd(text, j, n, radix);
        if (k < n && text.charAt(k) == '/') {
            int m = digitsEnd(text, k + 1, n, radix);
            if (k == j || m == k + 1 || m != n) return NO;
            return ratio(integer(text, j, k, radix, negative), integer(text, k + 1, n, radix, false), exactness, span);
        }
        if (radix == 10 && k < n && (text.charAt(k) == '.' || text.charAt(k) == 'e' || text.charAt(k) == 'E'))
            return decimal(text, i, j, k, n, exactness, span);
        if (k != n || k == j) return NO;
        BigInteger value = integer(text, j, k, radix, negative);
        if (exactness == 'i') return new Datum.Real(span, value.doubleValue());
        return new Datum.Int(span, value);
    }

    private static Object infOrNan(String text, int j, boolean negative, char exactness, Span span) {
        boolean inf = text.regionMatches(true, j, "inf.0", 0, 5);
        if (!inf && !text.regionMatches(true, j, "nan.0", 0, 5)) return null;
        if (exactness == 'e') return NO;
        if (!inf) return new Datum.Real(span, Double.NaN);
        return new Datum.Real(span, negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    }

    /**
     * A decimal: text[i, n) with the sign (if any) before j, integer digits in [j, k) and k at the
     * '.' or exponent marker.
     */
    private static Object decimal(String text, int i, int j, int k, int n, char exactness, Span span) {
        int fracStart = k;
        int fracEnd = k;
        if (text.charAt(k) == '.') {
            fracStart = k + 1;
            fracEnd = digitsEnd(text, fracStart, n, 10);
        }
        if (k == j && fracEnd == fracStart) return NO;
        long exponent = 0;
        if (fracEnd < n) {
            char e = text.charAt(fracEnd);
            if (e != 'e' && e != 'E') return NO;
            int p = fracEnd + 1;
            boolean negExp = false;
            if (p < n && (text.charAt(p) == '+' || text.charAt(p) == '-')) negExp = text.charAt(p++) == '-';
            int q = digitsEnd(text, p, n, 10);
            if (q == p || q != n) return NO;
            for (int x = p; x < q; x++) {
                exponent = exponent * 10 + (text.charAt(x) - '0');
                if (exponent > Integer.MAX_VALUE) exponent = Integer.MAX_VALUE; // saturate; checked below
            }
            if (negExp) exponent = -exponent;
        }
        if (exactness != 'e') return new Datum.Real(span, Double.parseDouble(text.substring(i, n)));
        return exactDecimal(text, j, k, fracStart, fracEnd, exponent, text.charAt(i) == '-', span);
    }

    private static Object exactDecimal(String text, int j, int k, int fracStart, int fracEnd, long exponent,
                                       boolean negative, Span span) {
        long scale = (long) (fracEnd - fracStart) - exponent;
        if (Math.abs(exponent) > MAX_EXACT_EXPONENT || Math.abs(scale) > MAX_EXACT_EXPONENT) return Failure.TOO_LARGE;
        StringBuilder digits = new StringBuilder(fracEnd - j);
        digits.append(text, j, k).append(text, fracStart, fracEnd);
        BigInteger mantissa = new BigInteger(digits.toString());
        if (negative) mantissa = mantissa.negate();
        if (scale <= 0) return new Datum.Int(span, mantissa.multiply(BigInteger.TEN.pow((int) -scale)));
        return ratio(mantissa, BigInteger.TEN.pow((int) scale), (char) 0, span);
    }

    /** num/den in lowest terms as an Int or Ratio, or a Real under {@code #i}. */
    private static Object ratio(BigInteger num, BigInteger den, char exactness, Span span) {
        if (den.signum() == 0) return Failure.DIVISION_BY_ZERO;
        if (exactness == 'i') return new Datum.Real(span, toDouble(num, den));
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE)) {
            num = num.divide(g);
            den = den.divide(g);
        }
        if (den.equals(BigInteger.ONE)) return new Datum.Int(span, num);
        return new Datum.Ratio(span, num, den);
    }

    /** num/den (den positive) correctly rounded to a double, except possibly among subnormals. */
    static double toDouble(BigInteger num, BigInteger den) {
        int sign = num.signum();
        if (sign == 0) return 0.0;
        BigInteger a = num.abs();
        if (a.bitLength() <= 53 && den.bitLength() <= 53) return sign * (a.doubleValue() / den.doubleValue());
        int shift = den.bitLength() - a.bitLength() + 55;
        BigInteger[] qr = shift >= 0 ? a.shiftLeft(shift).divideAndRemainder(den)
                                     : a.divideAndRemainder(den.shiftLeft(-shift));
        long bits = qr[0].longValue();
        if (qr[1].signum() != 0) bits |= 1; // sticky bit so the conversion below rounds correctly
        return sign * Math.scalb((double) bits, -shift);
    }

    /** The value of ASCII digits text[j, k) in {@code radix}, already validated. */
    private static BigInteger integer(String text, int j, int k, int radix, boolean negative) {
        if (k - j <= 15) {
            long v = 0;
            for (int x = j; x < k; x++) v = v * radix + digit(text.charAt(x));
            return BigInteger.valueOf(negative ? -v : v);
        }
        BigInteger v = new BigInteger(text.substring(j, k), radix);
        return negative ? v.negate() : v;
    }

    /** The end of the run of digits of {@code radix} starting at {@code j}. */
    private static int digitsEnd(String text, int j, int n, int radix) {
        while (j < n && digit(text.charAt(j)) < radix) j++;
        return j;
    }

    /** The value of an ASCII digit or letter (a=10 .. z=35), or 99 for anything else. */
    private static int digit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        return 99;
    }

    /**
     * Whether text[i, n) has the shape of an R7RS complex number: {@code real@real},
     * {@code [real](+|-)[ureal]i}, {@code +inf.0i} and the like.
     */
    private static boolean looksComplex(String text, int i, int n, int radix) {
        int at = text.indexOf('@', i);
        if (at > i && at < n - 1)
            return real(text, i, at, radix, (char) 0, null) instanceof Datum
                && real(text, at + 1, n, radix, (char) 0, null) instanceof Datum;
        char last = text.charAt(n - 1);
        if (last != 'i' && last != 'I' || n - 1 <= i) return false;
        int end = n - 1;
        for (int j = end - 1; j > i; j--) {
            char c = text.charAt(j);
            if ((c == '+' || c == '-') && !(radix == 10 && (text.charAt(j - 1) == 'e' || text.charAt(j - 1) == 'E'))) {
                return real(text, i, j, radix, (char) 0, null) instanceof Datum && imaginary(text, j, end, radix);
            }
        }
        return imaginary(text, i, end, radix);
    }

    /** Whether text[j, end) is a signed imaginary coefficient: a sign alone or a signed real. */
    private static boolean imaginary(String text, int j, int end, int radix) {
        char c = text.charAt(j);
        if (c != '+' && c != '-') return false;
        return end == j + 1 || real(text, j, end, radix, (char) 0, null) instanceof Datum;
    }
}
