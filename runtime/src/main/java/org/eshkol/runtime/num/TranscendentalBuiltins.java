package org.eshkol.runtime.num;

import java.math.BigInteger;
import org.eshkol.runtime.Builtin;

/**
 * {@code exp log sin cos tan asin acos atan} (flonum results), {@code sqrt} and {@code expt} (exact
 * where the result is exact). Real arguments whose result would be complex are errors:
 * {@code log: complex results are not supported -1}.
 */
public final class TranscendentalBuiltins {
    private TranscendentalBuiltins() {}

    private static double real(String who, Object x) {
        GenericArith.kind(who, x);
        return Convert.toDouble(x);
    }

    @Builtin("exp")
    public static Object exp(Object x) { return Math.exp(real("exp", x)); }

    @Builtin("log")
    public static Object log(Object x) { return naturalLog("log", x); }

    /** {@code (log z b)}: the logarithm of {@code z} in base {@code b}. */
    @Builtin("log")
    public static Object log(Object x, Object base) { return naturalLog("log", x) / naturalLog("log", base); }

    /** ln x; exact arguments beyond the double range are scaled first, so {@code (log (expt 10 400))} is finite. */
    private static double naturalLog(String who, Object x) {
        double d = real(who, x);
        if (d < 0) throw Roots.complexResult(who, x);
        if (!Double.isInfinite(d) && (d != 0 || x instanceof Double || GenericArith.isExactZero(x))) return Math.log(d);
        if (x instanceof BigInteger b) {
            int shift = b.bitLength() - 64;
            return Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2);
        }
        Ratnum r = (Ratnum) x; // a ratio whose double overflowed or underflowed
        return naturalLog(who, NumberFactory.fromBig(r.num)) - naturalLog(who, NumberFactory.fromBig(r.den));
    }

    @Builtin("sin")
    public static Object sin(Object x) { return Math.sin(real("sin", x)); }

    @Builtin("cos")
    public static Object cos(Object x) { return Math.cos(real("cos", x)); }

    @Builtin("tan")
    public static Object tan(Object x) { return Math.tan(real("tan", x)); }

    @Builtin("asin")
    public static Object asin(Object x) { return Math.asin(unitInterval("asin", x)); }

    @Builtin("acos")
    public static Object acos(Object x) { return Math.acos(unitInterval("acos", x)); }

    private static double unitInterval(String who, Object x) {
        double d = real(who, x);
        if (d > 1 || d < -1) throw Roots.complexResult(who, x);
        return d;
    }

    @Builtin("atan")
    public static Object atan(Object x) { return Math.atan(real("atan", x)); }

    /** {@code (atan y x)}: the angle of the point (x, y). */
    @Builtin("atan")
    public static Object atan(Object y, Object x) { return Math.atan2(real("atan", y), real("atan", x)); }

    @Builtin("sqrt")
    public static Object sqrt(Object x) { return Roots.sqrt(x); }

    @Builtin("expt")
    public static Object expt(Object base, Object power) { return Powers.expt(base, power); }
}
