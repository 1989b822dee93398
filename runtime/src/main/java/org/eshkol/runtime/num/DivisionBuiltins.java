package org.eshkol.runtime.num;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.MultipleValues;
import org.eshkol.runtime.num.IntegerDivision.Mode;

/**
 * Integer division builtins: {@code quotient remainder modulo}, {@code floor/ floor-quotient
 * floor-remainder truncate/ truncate-quotient truncate-remainder} (the {@code /} forms return two
 * values), {@code gcd lcm} and {@code exact-integer-sqrt}.
 */
public final class DivisionBuiltins {
    private DivisionBuiltins() {}

    @Builtin("quotient")
    public static Object quotient(Object a, Object b) { return IntegerDivision.quotient("quotient", Mode.TRUNCATE, a, b); }

    @Builtin("remainder")
    public static Object remainder(Object a, Object b) { return IntegerDivision.remainder("remainder", Mode.TRUNCATE, a, b); }

    @Builtin("modulo")
    public static Object modulo(Object a, Object b) { return IntegerDivision.remainder("modulo", Mode.FLOOR, a, b); }

    @Builtin("truncate-quotient")
    public static Object truncateQuotient(Object a, Object b) {
        return IntegerDivision.quotient("truncate-quotient", Mode.TRUNCATE, a, b);
    }

    @Builtin("truncate-remainder")
    public static Object truncateRemainder(Object a, Object b) {
        return IntegerDivision.remainder("truncate-remainder", Mode.TRUNCATE, a, b);
    }

    @Builtin("floor-quotient")
    public static Object floorQuotient(Object a, Object b) {
        return IntegerDivision.quotient("floor-quotient", Mode.FLOOR, a, b);
    }

    @Builtin("floor-remainder")
    public static Object floorRemainder(Object a, Object b) {
        return IntegerDivision.remainder("floor-remainder", Mode.FLOOR, a, b);
    }

    @Builtin("truncate/")
    public static Object truncateDivide(Object a, Object b) {
        return new MultipleValues(IntegerDivision.divide("truncate/", Mode.TRUNCATE, a, b));
    }

    @Builtin("floor/")
    public static Object floorDivide(Object a, Object b) {
        return new MultipleValues(IntegerDivision.divide("floor/", Mode.FLOOR, a, b));
    }

    @Builtin("gcd")
    public static Object gcd(Object[] args) {
        Object g = 0L;
        for (Object x : args) g = IntegerDivision.gcd(g, x);
        return g;
    }

    @Builtin("lcm")
    public static Object lcm(Object[] args) {
        Object l = 1L;
        for (Object x : args) l = IntegerDivision.lcm(l, x);
        return l;
    }

    @Builtin("exact-integer-sqrt")
    public static Object exactIntegerSqrt(Object n) { return new MultipleValues(Roots.exactIntegerSqrt(n)); }
}
