package org.eshkol.runtime.data;

import org.eshkol.runtime.StoreHooks;
import org.eshkol.runtime.region.Escapes;
import org.eshkol.runtime.shared.Shared;
import java.util.Arrays;
import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.Unspecified;

/**
 * R7RS vectors (plain {@code Object[]}): {@code vector? make-vector vector vector-length vector-ref
 * vector-set! vector->list list->vector vector-fill! vector-copy vector-copy! vector-append}, with the
 * optional start/end arguments as extra arities (an absent bound is null inside this class).
 */
public final class VectorLib {
    private VectorLib() {}

    @Builtin({"vector?"})
    public static boolean isVector(Object x) { return x instanceof Object[]; }

    @Builtin({"make-vector"})
    public static Object make(Object k) { return make(k, Unspecified.VALUE); }

    @Builtin({"make-vector"})
    public static Object make(Object k, Object fill) {
        Object[] v = new Object[Args.count("make-vector", k)];
        Arrays.fill(v, fill);
        return v;
    }

    @Builtin({"vector"})
    public static Object vector(Object[] xs) { return xs; }

    @Builtin({"vector-length"})
    public static Object length(Object v) {
        if (v instanceof Object[] a) return (long) a.length;
        throw Errors.wrongType("vector-length", "a vector", v);
    }

    @Builtin({"vector-ref"})
    public static Object ref(Object v, Object k) {
        if (v instanceof Object[] a && k instanceof Long l && l >= 0 && l < a.length) return a[(int) (long) l];
        return refSlow(v, k);
    }

    private static Object refSlow(Object v, Object k) {
        Object[] a = Args.vector("vector-ref", v);
        return a[Args.index("vector-ref", k, a.length)];
    }

    @Builtin({"vector-set!"})
    public static void set(Object v, Object k, Object x) {
        Object[] a = Args.vector("vector-set!", v);
        int i = Args.index("vector-set!", k, a.length);
        StoreHooks.storing(a, a[i], x);
        a[i] = x;
    }

    @Builtin({"vector->list"})
    public static Object toList(Object v) { return toList(v, null, null); }

    @Builtin({"vector->list"})
    public static Object toList(Object v, Object start) { return toList(v, start, null); }

    @Builtin({"vector->list"})
    public static Object toList(Object v, Object start, Object end) {
        Object[] a = Args.vector("vector->list", v);
        int from = Args.start("vector->list", start, a.length);
        int to = Args.end("vector->list", end, from, a.length);
        return Lists.fromArray(a, from, to);
    }

    @Builtin({"list->vector"})
    public static Object fromList(Object list) { return Lists.toArray("list->vector", list); }

    @Builtin({"vector-fill!"})
    public static void fill(Object v, Object x) { fill(v, x, null, null); }

    @Builtin({"vector-fill!"})
    public static void fill(Object v, Object x, Object start) { fill(v, x, start, null); }

    @Builtin({"vector-fill!"})
    public static void fill(Object v, Object x, Object start, Object end) {
        Object[] a = Args.vector("vector-fill!", v);
        int from = Args.start("vector-fill!", start, a.length);
        int to = Args.end("vector-fill!", end, from, a.length);
        Escapes.stored(x);
        if (Shared.active()) {
            for (int i = from; i < to; i++) {
                Object old = a[i];
                a[i] = x;
                Shared.stored(a, old, x);
            }
            return;
        }
        Arrays.fill(a, from, to, x);
    }

    @Builtin({"vector-copy"})
    public static Object copy(Object v) { return copy(v, null, null); }

    @Builtin({"vector-copy"})
    public static Object copy(Object v, Object start) { return copy(v, start, null); }

    @Builtin({"vector-copy"})
    public static Object copy(Object v, Object start, Object end) {
        Object[] a = Args.vector("vector-copy", v);
        int from = Args.start("vector-copy", start, a.length);
        int to = Args.end("vector-copy", end, from, a.length);
        return Arrays.copyOfRange(a, from, to);
    }

    @Builtin({"vector-copy!"})
    public static void copyInto(Object to, Object at, Object from) { copyInto(to, at, from, null, null); }

    @Builtin({"vector-copy!"})
    public static void copyInto(Object to, Object at, Object from, Object start) { copyInto(to, at, from, start, null); }

    /** Copies {@code from[start..end)} into {@code to} at {@code at}; overlapping ranges work. */
    @Builtin({"vector-copy!"})
    public static void copyInto(Object to, Object at, Object from, Object start, Object end) {
        Object[] dst = Args.vector("vector-copy!", to);
        Object[] src = Args.vector("vector-copy!", from);
        int s = Args.start("vector-copy!", start, src.length);
        int e = Args.end("vector-copy!", end, s, src.length);
        int a = Args.bound("vector-copy!", at, dst.length);
        if (dst.length - a < e - s) throw Errors.indexRange("vector-copy!", a + (e - s), dst.length);
        for (int i = s; i < e; i++) Escapes.stored(src[i]);
        if (Shared.active()) {
            copySharing(dst, a, src, s, e);
            return;
        }
        System.arraycopy(src, s, dst, a, e - s);
    }

    /** {@code vector-copy!} while shared values are alive: each overwritten slot gives its count back. */
    private static void copySharing(Object[] dst, int a, Object[] src, int s, int e) {
        Object[] from = java.util.Arrays.copyOfRange(src, s, e);
        for (int i = 0; i < from.length; i++) {
            Object old = dst[a + i];
            dst[a + i] = from[i];
            Shared.stored(dst, old, from[i]);
        }
    }

    @Builtin({"vector-append"})
    public static Object append(Object[] vectors) {
        int n = 0;
        for (Object v : vectors) n += Args.vector("vector-append", v).length;
        Object[] out = new Object[n];
        int at = 0;
        for (Object v : vectors) {
            Object[] a = (Object[]) v;
            System.arraycopy(a, 0, out, at, a.length);
            at += a.length;
        }
        return out;
    }

}
