package org.eshkol.runtime.data;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.F64vector;
import org.eshkol.runtime.num.Convert;
import org.eshkol.runtime.num.Ratnum;

/**
 * SRFI-4 {@code f64vector}s: {@code f64vector? make-f64vector f64vector f64vector-ref f64vector-set!
 * f64vector-length f64vector->list list->f64vector}. Elements are flonums; exact and rational
 * arguments are converted, as SRFI-4 allows for inexact vectors.
 */
public final class F64vectorLib {
    private F64vectorLib() {}

    @Builtin("f64vector?")
    public static boolean isF64vector(Object x) { return x instanceof F64vector; }

    @Builtin("make-f64vector")
    public static Object make(Object k) { return F64vector.allocate(Args.count("make-f64vector", k)); }

    @Builtin("make-f64vector")
    public static Object make(Object k, Object fill) {
        F64vector v = F64vector.allocate(Args.count("make-f64vector", k));
        double f = real("make-f64vector", fill);
        if (Double.doubleToRawLongBits(f) != 0) for (int i = 0; i < v.length(); i++) v.set(i, f);
        return v;
    }

    @Builtin("f64vector")
    public static Object f64vector(Object[] xs) {
        F64vector v = F64vector.allocate(xs.length);
        for (int i = 0; i < xs.length; i++) v.set(i, real("f64vector", xs[i]));
        return v;
    }

    @Builtin("f64vector-length")
    public static Object length(Object v) { return (long) vector("f64vector-length", v).length(); }

    @Builtin("f64vector-ref")
    public static Object ref(Object v, Object k) {
        F64vector f = vector("f64vector-ref", v);
        return f.get(Args.index("f64vector-ref", k, f.length()));
    }

    @Builtin("f64vector-set!")
    public static void set(Object v, Object k, Object x) {
        F64vector f = vector("f64vector-set!", v);
        int i = Args.index("f64vector-set!", k, f.length());
        f.set(i, real("f64vector-set!", x));
    }

    @Builtin("f64vector->list")
    public static Object toList(Object v) {
        F64vector f = vector("f64vector->list", v);
        ListBuilder b = new ListBuilder();
        for (int i = 0; i < f.length(); i++) b.add(f.get(i));
        return b.build();
    }

    @Builtin("list->f64vector")
    public static Object fromList(Object list) {
        int n = Lists.properLength(list);
        if (n < 0) throw Errors.wrongType("list->f64vector", "a proper list", list);
        F64vector v = F64vector.allocate(n);
        Object p = list;
        for (int i = 0; i < n; i++) {
            org.eshkol.runtime.Pair pair = (org.eshkol.runtime.Pair) p;
            v.set(i, real("list->f64vector", pair.car));
            p = pair.cdr;
        }
        return v;
    }

    /** {@code x} as an f64vector whose region is still live. */
    static F64vector vector(String who, Object x) {
        if (x instanceof F64vector f) {
            f.check();
            return f;
        }
        throw Errors.wrongType(who, "an f64vector", x);
    }

    private static double real(String who, Object x) {
        if (x instanceof Double d) return d;
        if (x instanceof Long || x instanceof java.math.BigInteger || x instanceof Ratnum) return Convert.toDouble(x);
        throw Errors.wrongType(who, "a real number", x);
    }
}
