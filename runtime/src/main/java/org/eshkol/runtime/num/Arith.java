package org.eshkol.runtime.num;

/**
 * The generic two-argument arithmetic and comparisons the compiler calls directly (invokestatic) for
 * {@code (+ a b)}, {@code (< a b)} and friends.
 *
 * <p>Each public method is a tiny fast path (both {@code Long}, tested against the final class) that
 * HotSpot inlines everywhere; the fixnum work is in a second small method, flonums in a third, and
 * everything else (bignums, rationals, mixed exactness, type errors) in {@link GenericArith}. Type
 * errors name the Scheme procedure: {@code +: expected a number, got "a"}.
 */
public final class Arith {
    private Arith() {}

    public static Object add(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) return addFix(a, b);
        return addFlo(a, b);
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) return subFix(a, b);
        return subFlo(a, b);
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) return mulFix(a, b);
        return mulFlo(a, b);
    }

    /** Exact or inexact division; exact division by zero is an error. Not a fast path. */
    public static Object div(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return x / y;
        return GenericArith.div(a, b);
    }

    public static boolean lt(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) return (Long) a < (Long) b;
        return ltFlo(a, b);
    }

    public static boolean le(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) return (Long) a <= (Long) b;
        return leFlo(a, b);
    }

    public static boolean gt(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) return (Long) a > (Long) b;
        return gtFlo(a, b);
    }

    public static boolean ge(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) return (Long) a >= (Long) b;
        return geFlo(a, b);
    }

    public static boolean numEq(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) return ((Long) a).longValue() == (Long) b;
        return eqFlo(a, b);
    }

    // ---- fixnum cores: overflow is tested with bit tricks, never by catching an exception

    private static Object addFix(Object a, Object b) {
        long x = (Long) a, y = (Long) b, r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) return GenericArith.addOverflow(x, y);
        return r;
    }

    private static Object subFix(Object a, Object b) {
        long x = (Long) a, y = (Long) b, r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) return GenericArith.subOverflow(x, y);
        return r;
    }

    private static Object mulFix(Object a, Object b) {
        long x = (Long) a, y = (Long) b, r = x * y;
        if (Math.multiplyHigh(x, y) != (r >> 63)) return GenericArith.mulOverflow(x, y);
        return r;
    }

    // ---- flonum paths, then the generic slow path

    private static Object addFlo(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return x + y;
        return GenericArith.add(a, b);
    }

    private static Object subFlo(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return x - y;
        return GenericArith.sub(a, b);
    }

    private static Object mulFlo(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return x * y;
        return GenericArith.mul(a, b);
    }

    private static boolean ltFlo(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return x < y;
        return GenericArith.compare("<", a, b) == GenericArith.LESS;
    }

    private static boolean leFlo(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return x <= y;
        int c = GenericArith.compare("<=", a, b);
        return c == GenericArith.LESS || c == GenericArith.EQUAL;
    }

    private static boolean gtFlo(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return x > y;
        return GenericArith.compare(">", a, b) == GenericArith.GREATER;
    }

    private static boolean geFlo(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return x >= y;
        int c = GenericArith.compare(">=", a, b);
        return c == GenericArith.GREATER || c == GenericArith.EQUAL;
    }

    private static boolean eqFlo(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return x.doubleValue() == y;
        return GenericArith.compare("=", a, b) == GenericArith.EQUAL;
    }
}
