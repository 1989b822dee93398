package org.eshkol.runtime.num;

import java.math.BigInteger;

/**
 * Conversions between representations: exact to flonum (correctly rounded), flonum to the exact rational
 * it denotes, and the parts of exact numbers as {@link BigInteger}s. Callers have checked that the
 * argument is a number of the kind each method takes.
 */
public final class Convert {
    private Convert() {}

    /** A number as a double, correctly rounded. */
    public static double toDouble(Object x) {
        if (x instanceof Double d) return d;
        if (x instanceof Long l) return l;
        if (x instanceof BigInteger b) return b.doubleValue();
        return ((Ratnum) x).toDouble();
    }

    /** An exact integer ({@code Long} or {@code BigInteger}) as a BigInteger. */
    public static BigInteger toBig(Object x) {
        return x instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) x;
    }

    /** The numerator of an exact number. */
    public static BigInteger numerator(Object x) {
        return x instanceof Ratnum r ? r.num : toBig(x);
    }

    /** The denominator of an exact number. */
    public static BigInteger denominator(Object x) {
        return x instanceof Ratnum r ? r.den : BigInteger.ONE;
    }

    /** The exact rational a finite double denotes ({@code -0.0} gives 0). */
    public static Object exactOf(double d) {
        if (d == (long) d && d != 0x1p63) return (long) d;
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        if (exp == 0) exp = 1; else mant |= 1L << 52;
        exp -= 1075; // value = mant * 2^exp
        if (bits < 0) mant = -mant;
        if (exp >= 0) return NumberFactory.fromBig(BigInteger.valueOf(mant).shiftLeft(exp));
        int tz = Math.min(Long.numberOfTrailingZeros(mant), -exp);
        mant >>= tz;
        exp += tz;
        if (exp == 0) return mant;
        return new Ratnum(BigInteger.valueOf(mant), BigInteger.ONE.shiftLeft(-exp));
    }

    /** {@code num/den} (den > 0) as the nearest double, ties to even, with subnormals and overflow. */
    public static double ratioToDouble(BigInteger num, BigInteger den) {
        int sign = num.signum();
        if (sign == 0) return 0.0;
        BigInteger n = num.abs();
        int s = 55 - (n.bitLength() - den.bitLength()); // quotient gets 55 or 56 bits
        BigInteger[] qr = (s >= 0 ? n.shiftLeft(s) : n).divideAndRemainder(s >= 0 ? den : den.shiftLeft(-s));
        BigInteger q = qr[0];
        boolean sticky = qr[1].signum() != 0;
        int top = q.bitLength() - 1 - s; // exponent of the leading bit of n/den
        if (top > 1023) return sign * Double.POSITIVE_INFINITY;
        int precision = top >= -1022 ? 53 : 53 - (-1022 - top);
        if (precision < 0) return sign * 0.0;
        int drop = q.bitLength() - precision;
        long keep = q.shiftRight(drop).longValue();
        boolean half = q.testBit(drop - 1);
        boolean rest = sticky || q.getLowestSetBit() < drop - 1;
        if (half && (rest || (keep & 1) == 1)) keep++;
        double r = Math.scalb((double) keep, drop - s);
        return sign < 0 ? -r : r;
    }
}
