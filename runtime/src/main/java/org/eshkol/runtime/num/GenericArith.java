package org.eshkol.runtime.num;

import java.math.BigInteger;
import org.eshkol.runtime.Errors;

/**
 * The slow paths of {@link Arith}: fixnum overflow, bignums, rationals, mixed exactness and type
 * errors. An operation works in the higher {@link NumKind} of its two arguments; a flonum makes the
 * result inexact. Comparisons are exact even between an exact number and a flonum (so they stay
 * transitive), and any comparison with a NaN is unordered.
 */
public final class GenericArith {
    private GenericArith() {}

    public static final int LESS = -1;
    public static final int EQUAL = 0;
    public static final int GREATER = 1;
    /** The result of comparing with a NaN. */
    public static final int UNORDERED = 2;

    static Object addOverflow(long x, long y) { return BigInteger.valueOf(x).add(BigInteger.valueOf(y)); }

    static Object subOverflow(long x, long y) { return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y)); }

    static Object mulOverflow(long x, long y) { return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)); }

    /** Checks that {@code x} is a number, naming {@code who} in the error. */
    public static NumKind kind(String who, Object x) {
        NumKind k = NumKind.of(x);
        if (k == null) throw Errors.wrongType(who, "a number", x);
        return k;
    }

    private static NumKind domain(String who, Object a, Object b) {
        return NumKind.max(kind(who, a), kind(who, b));
    }

    public static Object add(Object a, Object b) {
        switch (domain("+", a, b)) {
            case FIXNUM: {
                long x = (Long) a, y = (Long) b, r = x + y;
                return ((x ^ r) & (y ^ r)) < 0 ? addOverflow(x, y) : (Object) r;
            }
            case BIGNUM: return NumberFactory.fromBig(Convert.toBig(a).add(Convert.toBig(b)));
            case RATNUM: return ratioAdd(a, b, false);
            default: return Convert.toDouble(a) + Convert.toDouble(b);
        }
    }

    public static Object sub(Object a, Object b) {
        switch (domain("-", a, b)) {
            case FIXNUM: {
                long x = (Long) a, y = (Long) b, r = x - y;
                return ((x ^ y) & (x ^ r)) < 0 ? subOverflow(x, y) : (Object) r;
            }
            case BIGNUM: return NumberFactory.fromBig(Convert.toBig(a).subtract(Convert.toBig(b)));
            case RATNUM: return ratioAdd(a, b, true);
            default: return Convert.toDouble(a) - Convert.toDouble(b);
        }
    }

    public static Object mul(Object a, Object b) {
        switch (domain("*", a, b)) {
            case FIXNUM: {
                long x = (Long) a, y = (Long) b, r = x * y;
                return Math.multiplyHigh(x, y) != (r >> 63) ? mulOverflow(x, y) : (Object) r;
            }
            case BIGNUM: return NumberFactory.fromBig(Convert.toBig(a).multiply(Convert.toBig(b)));
            case RATNUM: return NumberFactory.ratio(Convert.numerator(a).multiply(Convert.numerator(b)),
                    Convert.denominator(a).multiply(Convert.denominator(b)));
            default: return Convert.toDouble(a) * Convert.toDouble(b);
        }
    }

    /** {@code (/ a b)}: exact when both are exact (division by exact zero is an error), else a double. */
    public static Object div(Object a, Object b) {
        NumKind k = domain("/", a, b);
        if (k == NumKind.FLONUM) return Convert.toDouble(a) / Convert.toDouble(b);
        if (isExactZero(b)) throw Errors.divisionByZero("/");
        if (k == NumKind.FIXNUM) {
            long x = (Long) a, y = (Long) b;
            if (y != -1 && x % y == 0) return x / y;
        }
        return NumberFactory.ratio(Convert.numerator(a).multiply(Convert.denominator(b)),
                Convert.denominator(a).multiply(Convert.numerator(b)));
    }

    /** {@code (- x)}. */
    public static Object negate(Object x) {
        if (x instanceof Long l) return NumberFactory.negate(l);
        if (x instanceof Double d) return -d;
        if (x instanceof BigInteger b) return NumberFactory.fromBig(b.negate());
        if (x instanceof Ratnum r) return new Ratnum(r.num.negate(), r.den);
        throw Errors.wrongType("-", "a number", x);
    }

    static boolean isExactZero(Object x) { return x instanceof Long l && l == 0; }

    private static Object ratioAdd(Object a, Object b, boolean subtract) {
        BigInteger ad = Convert.denominator(a), bd = Convert.denominator(b);
        BigInteger left = Convert.numerator(a).multiply(bd), right = Convert.numerator(b).multiply(ad);
        return NumberFactory.ratio(subtract ? left.subtract(right) : left.add(right), ad.multiply(bd));
    }

    /**
     * Compares two numbers: {@link #LESS}, {@link #EQUAL}, {@link #GREATER}, or {@link #UNORDERED}
     * when either is a NaN. {@code who} names the procedure in a type error.
     */
    public static int compare(String who, Object a, Object b) {
        NumKind ka = kind(who, a), kb = kind(who, b);
        if (ka == NumKind.FLONUM || kb == NumKind.FLONUM) {
            if (ka == kb) return compareDoubles((Double) a, (Double) b);
            return ka == NumKind.FLONUM ? compareMixed(b, (Double) a, -1) : compareMixed(a, (Double) b, 1);
        }
        return compareExact(a, b);
    }

    private static int compareDoubles(double x, double y) {
        return x < y ? LESS : x > y ? GREATER : x == y ? EQUAL : UNORDERED;
    }

    /** Compares exact {@code e} with double {@code d}, {@code sign} 1 for (e, d) and -1 for (d, e). */
    private static int compareMixed(Object e, double d, int sign) {
        if (Double.isNaN(d)) return UNORDERED;
        int c;
        if (Double.isInfinite(d)) c = d > 0 ? LESS : GREATER;
        else if (e instanceof Long l && Math.abs(l) <= (1L << 53)) c = compareDoubles(l, d);
        else c = compareExact(e, Convert.exactOf(d));
        return c * sign;
    }

    static boolean lt(Object a, Object b) { return compare("<", a, b) == LESS; }

    static boolean le(Object a, Object b) {
        int c = compare("<=", a, b);
        return c == LESS || c == EQUAL;
    }

    static boolean gt(Object a, Object b) { return compare(">", a, b) == GREATER; }

    static boolean ge(Object a, Object b) {
        int c = compare(">=", a, b);
        return c == GREATER || c == EQUAL;
    }

    static boolean numEq(Object a, Object b) { return compare("=", a, b) == EQUAL; }

    /** Compares two exact numbers. */
    public static int compareExact(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
        if (!(a instanceof Ratnum) && !(b instanceof Ratnum)) {
            return Integer.signum(Convert.toBig(a).compareTo(Convert.toBig(b)));
        }
        BigInteger l = Convert.numerator(a).multiply(Convert.denominator(b));
        BigInteger r = Convert.numerator(b).multiply(Convert.denominator(a));
        return Integer.signum(l.compareTo(r));
    }

    /** The sign of a real number: -1, 0 or 1; NaN gives 0 (callers test NaN first where it matters). */
    public static int signum(String who, Object x) {
        if (x instanceof Long l) return Long.signum(l);
        if (x instanceof Double d) return d > 0 ? 1 : d < 0 ? -1 : 0;
        if (x instanceof BigInteger b) return b.signum();
        if (x instanceof Ratnum r) return r.signum();
        throw Errors.wrongType(who, "a number", x);
    }
}
