package org.eshkol.runtime.data;

import org.eshkol.runtime.StoreHooks;
import org.eshkol.runtime.region.Escapes;
import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.shared.Shared;

/** Pair primitives: {@code pair? cons car cdr set-car! set-cdr!}. */
public final class PairLib {
    private PairLib() {}

    @Builtin({"pair?"})
    public static boolean isPair(Object x) { return x instanceof Pair; }

    @Builtin({"cons"})
    public static Object cons(Object a, Object d) { return new Pair(a, d); }

    @Builtin({"car"})
    public static Object car(Object x) {
        if (x instanceof Pair p) return p.car;
        throw Errors.wrongType("car", "a pair", x);
    }

    @Builtin({"cdr"})
    public static Object cdr(Object x) {
        if (x instanceof Pair p) return p.cdr;
        throw Errors.wrongType("cdr", "a pair", x);
    }

    @Builtin({"set-car!"})
    public static void setCar(Object x, Object v) {
        Pair p = Args.pair("set-car!", x);
        StoreHooks.storing(p, p.car, v);
        p.car = v;
    }

    @Builtin({"set-cdr!"})
    public static void setCdr(Object x, Object v) {
        Pair p = Args.pair("set-cdr!", x);
        StoreHooks.storing(p, p.cdr, v);
        p.cdr = v;
    }
}
