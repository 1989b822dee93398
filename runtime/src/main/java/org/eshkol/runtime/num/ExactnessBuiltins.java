package org.eshkol.runtime.num;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Errors;

/**
 * Builtins about exactness and rational structure: {@code exact inexact} (and their old names),
 * {@code numerator denominator}, {@code floor ceiling truncate round} and {@code rationalize}.
 */
public final class ExactnessBuiltins {
    private ExactnessBuiltins() {}

    @Builtin({"exact", "inexact->exact"})
    public static Object exact(Object x) {
        if (x instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) throw Errors.wrongType("exact", "a finite number", x);
            return Convert.exactOf(d);
        }
        GenericArith.kind("exact", x);
        return x;
    }

    @Builtin({"inexact", "exact->inexact"})
    public static Object inexact(Object x) {
        if (x instanceof Double) return x;
        GenericArith.kind("inexact", x);
        return Convert.toDouble(x);
    }

    @Builtin("numerator")
    public static Object numerator(Object x) {
        if (x instanceof Double d) return Convert.toDouble(NumberFactory.fromBig(Convert.numerator(exactPart("numerator", d))));
        GenericArith.kind("numerator", x);
        return NumberFactory.fromBig(Convert.numerator(x));
    }

    @Builtin("denominator")
    public static Object denominator(Object x) {
        if (x instanceof Double d) return Convert.toDouble(NumberFactory.fromBig(Convert.denominator(exactPart("denominator", d))));
        GenericArith.kind("denominator", x);
        return NumberFactory.fromBig(Convert.denominator(x));
    }

    private static Object exactPart(String who, Double d) {
        if (d.isNaN() || d.isInfinite()) throw Errors.wrongType(who, "a rational number", d);
        return Convert.exactOf(d);
    }

    @Builtin("floor")
    public static Object floor(Object x) { return Rounding.round("floor", Rounding.Mode.FLOOR, x); }

    @Builtin("ceiling")
    public static Object ceiling(Object x) { return Rounding.round("ceiling", Rounding.Mode.CEILING, x); }

    @Builtin("truncate")
    public static Object truncate(Object x) { return Rounding.round("truncate", Rounding.Mode.TRUNCATE, x); }

    @Builtin("round")
    public static Object round(Object x) { return Rounding.round("round", Rounding.Mode.ROUND, x); }

    @Builtin("rationalize")
    public static Object rationalize(Object x, Object y) { return Rounding.rationalize(x, y); }
}
