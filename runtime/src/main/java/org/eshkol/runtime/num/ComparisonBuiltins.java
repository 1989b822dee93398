package org.eshkol.runtime.num;

import org.eshkol.runtime.Builtin;

/**
 * The builtins {@code = < > <= >=} (any number of arguments, true when every adjacent pair is in
 * order; every argument is type-checked) and {@code max}, {@code min} (inexact when any argument is
 * inexact; NaN when any argument is NaN).
 */
public final class ComparisonBuiltins {
    private ComparisonBuiltins() {}

    /** The relation a comparison builtin tests between adjacent arguments. */
    private enum Relation {
        EQ("="), LT("<"), GT(">"), LE("<="), GE(">=");

        final String name;

        Relation(String name) { this.name = name; }

        boolean holds(int c) {
            return switch (this) {
                case EQ -> c == GenericArith.EQUAL;
                case LT -> c == GenericArith.LESS;
                case GT -> c == GenericArith.GREATER;
                case LE -> c == GenericArith.LESS || c == GenericArith.EQUAL;
                case GE -> c == GenericArith.GREATER || c == GenericArith.EQUAL;
            };
        }
    }

    private static boolean chain(Relation rel, Object a, Object b, Object c, Object[] more) {
        boolean ok = rel.holds(GenericArith.compare(rel.name, a, b));
        ok &= rel.holds(GenericArith.compare(rel.name, b, c));
        Object prev = c;
        for (Object x : more) {
            ok &= rel.holds(GenericArith.compare(rel.name, prev, x));
            prev = x;
        }
        return ok;
    }

    private static boolean single(String who, Object a) {
        GenericArith.kind(who, a);
        return true;
    }

    @Builtin("=") public static boolean numEq(Object a) { return single("=", a); }
    @Builtin("=") public static boolean numEq(Object a, Object b) { return Arith.numEq(a, b); }
    @Builtin("=") public static boolean numEq(Object a, Object b, Object c, Object[] more) { return chain(Relation.EQ, a, b, c, more); }

    @Builtin("<") public static boolean lt(Object a) { return single("<", a); }
    @Builtin("<") public static boolean lt(Object a, Object b) { return Arith.lt(a, b); }
    @Builtin("<") public static boolean lt(Object a, Object b, Object c, Object[] more) { return chain(Relation.LT, a, b, c, more); }

    @Builtin(">") public static boolean gt(Object a) { return single(">", a); }
    @Builtin(">") public static boolean gt(Object a, Object b) { return Arith.gt(a, b); }
    @Builtin(">") public static boolean gt(Object a, Object b, Object c, Object[] more) { return chain(Relation.GT, a, b, c, more); }

    @Builtin("<=") public static boolean le(Object a) { return single("<=", a); }
    @Builtin("<=") public static boolean le(Object a, Object b) { return Arith.le(a, b); }
    @Builtin("<=") public static boolean le(Object a, Object b, Object c, Object[] more) { return chain(Relation.LE, a, b, c, more); }

    @Builtin(">=") public static boolean ge(Object a) { return single(">=", a); }
    @Builtin(">=") public static boolean ge(Object a, Object b) { return Arith.ge(a, b); }
    @Builtin(">=") public static boolean ge(Object a, Object b, Object c, Object[] more) { return chain(Relation.GE, a, b, c, more); }

    @Builtin("max")
    public static Object max(Object a, Object[] more) { return extreme("max", GenericArith.GREATER, a, more); }

    @Builtin("min")
    public static Object min(Object a, Object[] more) { return extreme("min", GenericArith.LESS, a, more); }

    private static Object extreme(String who, int wanted, Object a, Object[] more) {
        boolean inexact = GenericArith.kind(who, a) == NumKind.FLONUM;
        Object best = a;
        boolean nan = a instanceof Double d && d.isNaN();
        for (Object x : more) {
            inexact |= GenericArith.kind(who, x) == NumKind.FLONUM;
            int c = GenericArith.compare(who, x, best);
            if (c == GenericArith.UNORDERED) nan = true;
            else if (c == wanted) best = x;
        }
        if (nan) return Double.NaN;
        return inexact ? (Object) Convert.toDouble(best) : best;
    }
}
