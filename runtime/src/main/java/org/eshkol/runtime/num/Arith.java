package org.eshkol.runtime.num;

/**
 * The generic two-argument arithmetic and comparisons the compiler calls directly (invokestatic) for
 * {@code (+ a b)}, {@code (< a b)} and friends.
 *
 * <p>Layout, for inlining: each public method only tests both arguments against the final class
 * {@code Long} and hands over to a fixnum method or to a flonum method; the fixnum method unboxes and
 * calls a {@code long} core that checks overflow with bit tricks (never an exception); the flonum method
 * tests {@code Double} and otherwise calls {@link GenericArith} (bignums, rationals, mixed exactness, type
 * errors). Every method here is under 35 bytecodes, so HotSpot inlines the whole chain even at cold call
 * sites. Type errors name the Scheme procedure: {@code +: expected a number, got "a"}.
 */
public final class Arith {
    private Arith() {}

    /** {@code (+ a b)}. */
    public static Object add(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) return addFix(a, b);
        return addFlo(a, b);
    }

    /** {@code (- a b)}. */
    public static Object sub(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) return subFix(a, b);
        return subFlo(a, b);
    }

    /** {@code (* a b)}. */
    public static Object mul(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) return mulFix(a, b);
        return mulFlo(a, b);
    }

    /** {@code (/ a b)}: exact when both are exact (division by exact zero is an error). Not a fast path. */
    public static Object div(Object a, Object b) {
        if (a instanceof Double && b instanceof Double) return divDoubles(a, b);
        return GenericArith.div(a, b);
    }

    /** {@code (< a b)}. */
    public static boolean lt(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) return ltFix(a, b);
        return ltFlo(a, b);
    }

    /** {@code (<= a b)}. */
    public static boolean le(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) return leFix(a, b);
        return leFlo(a, b);
    }

    /** {@code (> a b)}. */
    public static boolean gt(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) return gtFix(a, b);
        return gtFlo(a, b);
    }

    /** {@code (>= a b)}. */
    public static boolean ge(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) return geFix(a, b);
        return geFlo(a, b);
    }

    /** {@code (= a b)}. */
    public static boolean numEq(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) return numEqFix(a, b);
        return numEqFlo(a, b);
    }

    // ---- fixnums

    private static Object addFix(Object a, Object b) { return addLongs((Long) a, (Long) b); }

    private static Object subFix(Object a, Object b) { return subLongs((Long) a, (Long) b); }

    private static Object mulFix(Object a, Object b) { return mulLongs((Long) a, (Long) b); }

    private static Object addLongs(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) return GenericArith.addOverflow(x, y);
        return r;
    }

    private static Object subLongs(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) return GenericArith.subOverflow(x, y);
        return r;
    }

    private static Object mulLongs(long x, long y) {
        long r = x * y;
        if (Math.multiplyHigh(x, y) != (r >> 63)) return GenericArith.mulOverflow(x, y);
        return r;
    }

    private static boolean ltFix(Object a, Object b) { return (Long) a < (Long) b; }

    private static boolean leFix(Object a, Object b) { return (Long) a <= (Long) b; }

    private static boolean gtFix(Object a, Object b) { return (Long) a > (Long) b; }

    private static boolean geFix(Object a, Object b) { return (Long) a >= (Long) b; }

    private static boolean numEqFix(Object a, Object b) { return ((Long) a).longValue() == ((Long) b).longValue(); }

    // ---- flonums, then the generic slow path

    private static Object addFlo(Object a, Object b) {
        if (a instanceof Double && b instanceof Double) return addDoubles(a, b);
        return GenericArith.add(a, b);
    }

    private static Object addDoubles(Object a, Object b) { return (Double) a + (Double) b; }

    private static Object subFlo(Object a, Object b) {
        if (a instanceof Double && b instanceof Double) return subDoubles(a, b);
        return GenericArith.sub(a, b);
    }

    private static Object subDoubles(Object a, Object b) { return (Double) a - (Double) b; }

    private static Object mulFlo(Object a, Object b) {
        if (a instanceof Double && b instanceof Double) return mulDoubles(a, b);
        return GenericArith.mul(a, b);
    }

    private static Object mulDoubles(Object a, Object b) { return (Double) a * (Double) b; }

    private static Object divDoubles(Object a, Object b) { return (Double) a / (Double) b; }

    private static boolean ltFlo(Object a, Object b) {
        if (a instanceof Double && b instanceof Double) return ltDoubles(a, b);
        return GenericArith.lt(a, b);
    }

    private static boolean ltDoubles(Object a, Object b) { return (Double) a < (Double) b; }

    private static boolean leFlo(Object a, Object b) {
        if (a instanceof Double && b instanceof Double) return leDoubles(a, b);
        return GenericArith.le(a, b);
    }

    private static boolean leDoubles(Object a, Object b) { return (Double) a <= (Double) b; }

    private static boolean gtFlo(Object a, Object b) {
        if (a instanceof Double && b instanceof Double) return gtDoubles(a, b);
        return GenericArith.gt(a, b);
    }

    private static boolean gtDoubles(Object a, Object b) { return (Double) a > (Double) b; }

    private static boolean geFlo(Object a, Object b) {
        if (a instanceof Double && b instanceof Double) return geDoubles(a, b);
        return GenericArith.ge(a, b);
    }

    private static boolean geDoubles(Object a, Object b) { return (Double) a >= (Double) b; }

    private static boolean numEqFlo(Object a, Object b) {
        if (a instanceof Double && b instanceof Double) return numEqDoubles(a, b);
        return GenericArith.numEq(a, b);
    }

    private static boolean numEqDoubles(Object a, Object b) { return ((Double) a).doubleValue() == ((Double) b).doubleValue(); }
}
