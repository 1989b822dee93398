package org.eshkol.runtime.data;

import org.eshkol.runtime.Builtin;

/**
 * Character comparisons {@code char=? char<? char>? char<=? char>=?} and their {@code -ci} forms
 * (compared after simple case folding). Each takes two or more characters.
 */
public final class CharCompareLib {
    private CharCompareLib() {}

    @Builtin({"char=?"})
    public static boolean eq(Object a, Object b) {
        return Comparison.EQ.holds(compare("char=?", a, b, false));
    }

    @Builtin({"char=?"})
    public static boolean eq(Object a, Object b, Object c, Object[] more) {
        return chain("char=?", Comparison.EQ, false, Comparison.all(a, b, c, more));
    }

    @Builtin({"char<?"})
    public static boolean lt(Object a, Object b) {
        return Comparison.LT.holds(compare("char<?", a, b, false));
    }

    @Builtin({"char<?"})
    public static boolean lt(Object a, Object b, Object c, Object[] more) {
        return chain("char<?", Comparison.LT, false, Comparison.all(a, b, c, more));
    }

    @Builtin({"char>?"})
    public static boolean gt(Object a, Object b) {
        return Comparison.GT.holds(compare("char>?", a, b, false));
    }

    @Builtin({"char>?"})
    public static boolean gt(Object a, Object b, Object c, Object[] more) {
        return chain("char>?", Comparison.GT, false, Comparison.all(a, b, c, more));
    }

    @Builtin({"char<=?"})
    public static boolean le(Object a, Object b) {
        return Comparison.LE.holds(compare("char<=?", a, b, false));
    }

    @Builtin({"char<=?"})
    public static boolean le(Object a, Object b, Object c, Object[] more) {
        return chain("char<=?", Comparison.LE, false, Comparison.all(a, b, c, more));
    }

    @Builtin({"char>=?"})
    public static boolean ge(Object a, Object b) {
        return Comparison.GE.holds(compare("char>=?", a, b, false));
    }

    @Builtin({"char>=?"})
    public static boolean ge(Object a, Object b, Object c, Object[] more) {
        return chain("char>=?", Comparison.GE, false, Comparison.all(a, b, c, more));
    }

    @Builtin({"char-ci=?"})
    public static boolean ciEq(Object a, Object b) {
        return Comparison.EQ.holds(compare("char-ci=?", a, b, true));
    }

    @Builtin({"char-ci=?"})
    public static boolean ciEq(Object a, Object b, Object c, Object[] more) {
        return chain("char-ci=?", Comparison.EQ, true, Comparison.all(a, b, c, more));
    }

    @Builtin({"char-ci<?"})
    public static boolean ciLt(Object a, Object b) {
        return Comparison.LT.holds(compare("char-ci<?", a, b, true));
    }

    @Builtin({"char-ci<?"})
    public static boolean ciLt(Object a, Object b, Object c, Object[] more) {
        return chain("char-ci<?", Comparison.LT, true, Comparison.all(a, b, c, more));
    }

    @Builtin({"char-ci>?"})
    public static boolean ciGt(Object a, Object b) {
        return Comparison.GT.holds(compare("char-ci>?", a, b, true));
    }

    @Builtin({"char-ci>?"})
    public static boolean ciGt(Object a, Object b, Object c, Object[] more) {
        return chain("char-ci>?", Comparison.GT, true, Comparison.all(a, b, c, more));
    }

    @Builtin({"char-ci<=?"})
    public static boolean ciLe(Object a, Object b) {
        return Comparison.LE.holds(compare("char-ci<=?", a, b, true));
    }

    @Builtin({"char-ci<=?"})
    public static boolean ciLe(Object a, Object b, Object c, Object[] more) {
        return chain("char-ci<=?", Comparison.LE, true, Comparison.all(a, b, c, more));
    }

    @Builtin({"char-ci>=?"})
    public static boolean ciGe(Object a, Object b) {
        return Comparison.GE.holds(compare("char-ci>=?", a, b, true));
    }

    @Builtin({"char-ci>=?"})
    public static boolean ciGe(Object a, Object b, Object c, Object[] more) {
        return chain("char-ci>=?", Comparison.GE, true, Comparison.all(a, b, c, more));
    }

    private static int compare(String who, Object a, Object b, boolean ci) {
        int x = Args.character(who, a).codePoint;
        int y = Args.character(who, b).codePoint;
        return ci ? Integer.compare(CharLib.fold(x), CharLib.fold(y)) : Integer.compare(x, y);
    }

    /** Checks every argument, then tests each adjacent pair. */
    private static boolean chain(String who, Comparison op, boolean ci, Object[] xs) {
        for (Object x : xs) Args.character(who, x);
        boolean r = true;
        for (int i = 0; i + 1 < xs.length; i++) r &= op.holds(compare(who, xs[i], xs[i + 1], ci));
        return r;
    }

}
