package org.eshkol.runtime.num;

/**
 * The out-of-line half of the fixnum fast paths that compiled code inlines for unboxed variables.
 *
 * <p>An unboxed value is a pair {@code (long l, Object o)}: while {@code o} is null the value is the
 * fixnum {@code l}; otherwise it is {@code o} (anything, never a {@code Long}). A plain object can be
 * passed as {@code (0, o)}, even a {@code Long}. Compiled code tests for fixnums and computes on
 * {@code long}s inline; on overflow or any other type it calls the methods here, which box and hand
 * over to {@link Arith}, so results and errors are exactly those of boxed code.
 */
public final class UnboxedArith {
    private UnboxedArith() {}

    /** The value of a pair as an object. */
    public static Object box(Object o, long l) { return o != null ? o : Long.valueOf(l); }

    /** The {@code long} half of the pair that represents {@code v}. */
    public static long longOf(Object v) { return v instanceof Long x ? x : 0L; }

    /** The object half of the pair that represents {@code v}: null for a fixnum. */
    public static Object objectOf(Object v) { return v instanceof Long ? null : v; }

    public static Object add(long xl, Object xo, long yl, Object yo) { return Arith.add(box(xo, xl), box(yo, yl)); }

    public static Object sub(long xl, Object xo, long yl, Object yo) { return Arith.sub(box(xo, xl), box(yo, yl)); }

    public static Object mul(long xl, Object xo, long yl, Object yo) { return Arith.mul(box(xo, xl), box(yo, yl)); }

    public static boolean lt(long xl, Object xo, long yl, Object yo) { return Arith.lt(box(xo, xl), box(yo, yl)); }

    public static boolean le(long xl, Object xo, long yl, Object yo) { return Arith.le(box(xo, xl), box(yo, yl)); }

    public static boolean numEq(long xl, Object xo, long yl, Object yo) { return Arith.numEq(box(xo, xl), box(yo, yl)); }

    public static boolean gt(long xl, Object xo, long yl, Object yo) { return Arith.gt(box(xo, xl), box(yo, yl)); }

    public static boolean ge(long xl, Object xo, long yl, Object yo) { return Arith.ge(box(xo, xl), box(yo, yl)); }
}
