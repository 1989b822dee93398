package org.eshkol.runtime.data;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.Pair;

/**
 * The compositions of {@code car} and {@code cdr} two to four deep ({@code caar} .. {@code cddddr}).
 * A failing step reports the value it found: {@code (cadr '(1))} gives {@code cadr: expected a pair, got ()}.
 */
public final class CxrLib {
    private CxrLib() {}

    /** Applies the path letters ('a' or 'd') from right to left, as the name reads. */
    static Object walk(String who, Object x) {
        for (int i = who.length() - 2; i >= 1; i--) {
            if (!(x instanceof Pair p)) throw Errors.wrongType(who, "a pair", x);
            x = who.charAt(i) == 'a' ? p.car : p.cdr;
        }
        return x;
    }

    @Builtin({"caar"})
    public static Object caar(Object x) {
        if (x instanceof Pair p && p.car instanceof Pair q) return q.car;
        return walk("caar", x);
    }

    @Builtin({"cadr"})
    public static Object cadr(Object x) {
        if (x instanceof Pair p && p.cdr instanceof Pair q) return q.car;
        return walk("cadr", x);
    }

    @Builtin({"cdar"})
    public static Object cdar(Object x) {
        if (x instanceof Pair p && p.car instanceof Pair q) return q.cdr;
        return walk("cdar", x);
    }

    @Builtin({"cddr"})
    public static Object cddr(Object x) {
        if (x instanceof Pair p && p.cdr instanceof Pair q) return q.cdr;
        return walk("cddr", x);
    }

    @Builtin({"caaar"})
    public static Object caaar(Object x) { return walk("caaar", x); }

    @Builtin({"caadr"})
    public static Object caadr(Object x) { return walk("caadr", x); }

    @Builtin({"cadar"})
    public static Object cadar(Object x) { return walk("cadar", x); }

    @Builtin({"caddr"})
    public static Object caddr(Object x) { return walk("caddr", x); }

    @Builtin({"cdaar"})
    public static Object cdaar(Object x) { return walk("cdaar", x); }

    @Builtin({"cdadr"})
    public static Object cdadr(Object x) { return walk("cdadr", x); }

    @Builtin({"cddar"})
    public static Object cddar(Object x) { return walk("cddar", x); }

    @Builtin({"cdddr"})
    public static Object cdddr(Object x) { return walk("cdddr", x); }

    @Builtin({"caaaar"})
    public static Object caaaar(Object x) { return walk("caaaar", x); }

    @Builtin({"caaadr"})
    public static Object caaadr(Object x) { return walk("caaadr", x); }

    @Builtin({"caadar"})
    public static Object caadar(Object x) { return walk("caadar", x); }

    @Builtin({"caaddr"})
    public static Object caaddr(Object x) { return walk("caaddr", x); }

    @Builtin({"cadaar"})
    public static Object cadaar(Object x) { return walk("cadaar", x); }

    @Builtin({"cadadr"})
    public static Object cadadr(Object x) { return walk("cadadr", x); }

    @Builtin({"caddar"})
    public static Object caddar(Object x) { return walk("caddar", x); }

    @Builtin({"cadddr"})
    public static Object cadddr(Object x) { return walk("cadddr", x); }

    @Builtin({"cdaaar"})
    public static Object cdaaar(Object x) { return walk("cdaaar", x); }

    @Builtin({"cdaadr"})
    public static Object cdaadr(Object x) { return walk("cdaadr", x); }

    @Builtin({"cdadar"})
    public static Object cdadar(Object x) { return walk("cdadar", x); }

    @Builtin({"cdaddr"})
    public static Object cdaddr(Object x) { return walk("cdaddr", x); }

    @Builtin({"cddaar"})
    public static Object cddaar(Object x) { return walk("cddaar", x); }

    @Builtin({"cddadr"})
    public static Object cddadr(Object x) { return walk("cddadr", x); }

    @Builtin({"cdddar"})
    public static Object cdddar(Object x) { return walk("cdddar", x); }

    @Builtin({"cddddr"})
    public static Object cddddr(Object x) { return walk("cddddr", x); }

}
