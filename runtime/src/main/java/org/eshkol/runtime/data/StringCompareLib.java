package org.eshkol.runtime.data;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.MString;

/**
 * String comparisons {@code string=? string<? string>? string<=? string>=?} and their {@code -ci}
 * forms (compared after case folding). Order is by code point. Each takes two or more strings.
 */
public final class StringCompareLib {
    private StringCompareLib() {}

    @Builtin({"string=?"})
    public static boolean eq(Object a, Object b) {
        return Comparison.EQ.holds(compare("string=?", a, b, false));
    }

    @Builtin({"string=?"})
    public static boolean eq(Object a, Object b, Object c, Object[] more) {
        return chain("string=?", Comparison.EQ, false, Comparison.all(a, b, c, more));
    }

    @Builtin({"string<?"})
    public static boolean lt(Object a, Object b) {
        return Comparison.LT.holds(compare("string<?", a, b, false));
    }

    @Builtin({"string<?"})
    public static boolean lt(Object a, Object b, Object c, Object[] more) {
        return chain("string<?", Comparison.LT, false, Comparison.all(a, b, c, more));
    }

    @Builtin({"string>?"})
    public static boolean gt(Object a, Object b) {
        return Comparison.GT.holds(compare("string>?", a, b, false));
    }

    @Builtin({"string>?"})
    public static boolean gt(Object a, Object b, Object c, Object[] more) {
        return chain("string>?", Comparison.GT, false, Comparison.all(a, b, c, more));
    }

    @Builtin({"string<=?"})
    public static boolean le(Object a, Object b) {
        return Comparison.LE.holds(compare("string<=?", a, b, false));
    }

    @Builtin({"string<=?"})
    public static boolean le(Object a, Object b, Object c, Object[] more) {
        return chain("string<=?", Comparison.LE, false, Comparison.all(a, b, c, more));
    }

    @Builtin({"string>=?"})
    public static boolean ge(Object a, Object b) {
        return Comparison.GE.holds(compare("string>=?", a, b, false));
    }

    @Builtin({"string>=?"})
    public static boolean ge(Object a, Object b, Object c, Object[] more) {
        return chain("string>=?", Comparison.GE, false, Comparison.all(a, b, c, more));
    }

    @Builtin({"string-ci=?"})
    public static boolean ciEq(Object a, Object b) {
        return Comparison.EQ.holds(compare("string-ci=?", a, b, true));
    }

    @Builtin({"string-ci=?"})
    public static boolean ciEq(Object a, Object b, Object c, Object[] more) {
        return chain("string-ci=?", Comparison.EQ, true, Comparison.all(a, b, c, more));
    }

    @Builtin({"string-ci<?"})
    public static boolean ciLt(Object a, Object b) {
        return Comparison.LT.holds(compare("string-ci<?", a, b, true));
    }

    @Builtin({"string-ci<?"})
    public static boolean ciLt(Object a, Object b, Object c, Object[] more) {
        return chain("string-ci<?", Comparison.LT, true, Comparison.all(a, b, c, more));
    }

    @Builtin({"string-ci>?"})
    public static boolean ciGt(Object a, Object b) {
        return Comparison.GT.holds(compare("string-ci>?", a, b, true));
    }

    @Builtin({"string-ci>?"})
    public static boolean ciGt(Object a, Object b, Object c, Object[] more) {
        return chain("string-ci>?", Comparison.GT, true, Comparison.all(a, b, c, more));
    }

    @Builtin({"string-ci<=?"})
    public static boolean ciLe(Object a, Object b) {
        return Comparison.LE.holds(compare("string-ci<=?", a, b, true));
    }

    @Builtin({"string-ci<=?"})
    public static boolean ciLe(Object a, Object b, Object c, Object[] more) {
        return chain("string-ci<=?", Comparison.LE, true, Comparison.all(a, b, c, more));
    }

    @Builtin({"string-ci>=?"})
    public static boolean ciGe(Object a, Object b) {
        return Comparison.GE.holds(compare("string-ci>=?", a, b, true));
    }

    @Builtin({"string-ci>=?"})
    public static boolean ciGe(Object a, Object b, Object c, Object[] more) {
        return chain("string-ci>=?", Comparison.GE, true, Comparison.all(a, b, c, more));
    }

    private static int compare(String who, Object a, Object b, boolean ci) {
        MString x = Args.string(who, a);
        MString y = Args.string(who, b);
        return ci ? StringLib.compareCodePoints(StringLib.foldcase(x.toString()), StringLib.foldcase(y.toString()))
                : StringLib.compareCodePoints(x.builder(), y.builder());
    }

    /** Checks every argument, then tests each adjacent pair. */
    private static boolean chain(String who, Comparison op, boolean ci, Object[] xs) {
        for (Object x : xs) Args.string(who, x);
        boolean r = true;
        for (int i = 0; i + 1 < xs.length; i++) r &= op.holds(compare(who, xs[i], xs[i + 1], ci));
        return r;
    }

}
