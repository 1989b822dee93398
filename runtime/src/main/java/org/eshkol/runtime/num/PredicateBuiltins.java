package org.eshkol.runtime.num;

import java.math.BigInteger;
import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Errors;

/**
 * The numeric predicates. Type predicates ({@code number?}, {@code integer?}, {@code exact-integer?}
 * ...) accept any value; the others ({@code exact?}, {@code zero?}, {@code odd?} ...) require a number
 * (an integer for {@code odd?}/{@code even?}) and report a type error otherwise.
 */
public final class PredicateBuiltins {
    private PredicateBuiltins() {}

    @Builtin({"number?", "complex?", "real?"})
    public static boolean isNumber(Object x) {
        return x instanceof Long || x instanceof Double || x instanceof BigInteger || x instanceof Ratnum;
    }

    @Builtin("rational?")
    public static boolean isRational(Object x) {
        if (x instanceof Double d) return !d.isNaN() && !d.isInfinite();
        return x instanceof Long || x instanceof BigInteger || x instanceof Ratnum;
    }

    @Builtin("integer?")
    public static boolean isInteger(Object x) {
        if (x instanceof Double d) return d == Math.rint(d) && !d.isInfinite();
        return x instanceof Long || x instanceof BigInteger;
    }

    @Builtin("exact-integer?")
    public static boolean isExactInteger(Object x) { return x instanceof Long || x instanceof BigInteger; }

    @Builtin("exact?")
    public static boolean isExact(Object x) { return GenericArith.kind("exact?", x).isExact(); }

    @Builtin("inexact?")
    public static boolean isInexact(Object x) { return !GenericArith.kind("inexact?", x).isExact(); }

    @Builtin("nan?")
    public static boolean isNan(Object x) {
        return GenericArith.kind("nan?", x) == NumKind.FLONUM && ((Double) x).isNaN();
    }

    @Builtin("infinite?")
    public static boolean isInfinite(Object x) {
        return GenericArith.kind("infinite?", x) == NumKind.FLONUM && ((Double) x).isInfinite();
    }

    @Builtin("finite?")
    public static boolean isFinite(Object x) {
        return GenericArith.kind("finite?", x) != NumKind.FLONUM || Double.isFinite((Double) x);
    }

    @Builtin("zero?")
    public static boolean isZero(Object x) {
        if (x instanceof Long l) return l == 0;
        if (x instanceof Double d) return d == 0;
        GenericArith.kind("zero?", x);
        return false; // bignums and ratnums are never zero
    }

    @Builtin("positive?")
    public static boolean isPositive(Object x) {
        if (x instanceof Long l) return l > 0;
        return GenericArith.signum("positive?", x) > 0;
    }

    @Builtin("negative?")
    public static boolean isNegative(Object x) {
        if (x instanceof Long l) return l < 0;
        return GenericArith.signum("negative?", x) < 0;
    }

    @Builtin("odd?")
    public static boolean isOdd(Object x) { return !isEven("odd?", x); }

    @Builtin("even?")
    public static boolean isEven(Object x) { return isEven("even?", x); }

    private static boolean isEven(String who, Object x) {
        if (x instanceof Long l) return (l & 1) == 0;
        if (x instanceof BigInteger b) return !b.testBit(0);
        if (x instanceof Double d && d == Math.rint(d) && !d.isInfinite()) return d % 2 == 0;
        throw Errors.wrongType(who, "an integer", x);
    }
}
