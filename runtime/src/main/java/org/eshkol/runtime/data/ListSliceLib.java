package org.eshkol.runtime.data;

import java.math.BigInteger;
import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;

/** SRFI-1 selectors and constructors: {@code first .. fifth take drop iota}. */
public final class ListSliceLib {
    private ListSliceLib() {}

    @Builtin({"first"})
    public static Object first(Object list) { return nth("first", list, 0); }

    @Builtin({"second"})
    public static Object second(Object list) { return nth("second", list, 1); }

    @Builtin({"third"})
    public static Object third(Object list) { return nth("third", list, 2); }

    @Builtin({"fourth"})
    public static Object fourth(Object list) { return nth("fourth", list, 3); }

    @Builtin({"fifth"})
    public static Object fifth(Object list) { return nth("fifth", list, 4); }

    private static Object nth(String who, Object list, long k) {
        return ((Pair) ListLib.tail(who, list, k, true)).car;
    }

    /** {@code (take list k)}: a fresh list of the first k elements. */
    @Builtin({"take", "list-head"})
    public static Object take(Object list, Object k) {
        Object rest = ListLib.tail("take", list, k, false);
        ListBuilder b = new ListBuilder();
        for (Object l = list; l != rest; l = ((Pair) l).cdr) b.add(((Pair) l).car);
        return b.build();
    }

    /** {@code (drop list k)}: the tail after k elements (shared, not copied). */
    @Builtin({"drop"})
    public static Object drop(Object list, Object k) { return ListLib.tail("drop", list, k, false); }

    @Builtin({"iota"})
    public static Object iota(Object count) { return iota(count, 0L, 1L); }

    @Builtin({"iota"})
    public static Object iota(Object count, Object start) { return iota(count, start, 1L); }

    /** {@code (iota count start step)}: start, start+step, ... computed as start + i*step. */
    @Builtin({"iota"})
    public static Object iota(Object count, Object start, Object step) {
        int n = Args.count("iota", count);
        checkReal(start);
        checkReal(step);
        Object r = Nil.NIL;
        for (int i = n - 1; i >= 0; i--) r = new Pair(plus(start, times(step, i)), r);
        return r;
    }

    private static void checkReal(Object x) {
        if (!(x instanceof Long || x instanceof Double || x instanceof BigInteger)) {
            throw Errors.wrongType("iota", "an integer or flonum", x);
        }
    }

    private static Object times(Object step, long i) {
        if (step instanceof Double d) return d * i;
        if (step instanceof Long l) {
            long hi = Math.multiplyHigh(l, i);
            long lo = l * i;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return lo;
        }
        return normalise(big(step).multiply(BigInteger.valueOf(i)));
    }

    private static Object plus(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) return ((Number) a).doubleValue() + ((Number) b).doubleValue();
        if (a instanceof Long x && b instanceof Long y) {
            long s = x + y;
            if (((x ^ s) & (y ^ s)) >= 0) return s;
        }
        return normalise(big(a).add(big(b)));
    }

    private static BigInteger big(Object x) {
        return x instanceof BigInteger b ? b : BigInteger.valueOf((Long) x);
    }

    private static Object normalise(BigInteger b) { return b.bitLength() < 64 ? (Object) b.longValue() : b; }
}
