package org.eshkol.runtime.num;

import java.math.BigInteger;
import org.eshkol.runtime.Errors;

/**
 * {@code floor}, {@code ceiling}, {@code truncate}, {@code round} (ties to even) and
 * {@code rationalize}. Exact arguments give exact results, flonums give flonums.
 */
public final class Rounding {
    private Rounding() {}

    /** The four ways to round a real number to an integer. */
    public enum Mode { FLOOR, CEILING, TRUNCATE, ROUND }

    public static Object round(String who, Mode mode, Object x) {
        if (x instanceof Long || x instanceof BigInteger) return x;
        if (x instanceof Double d) return roundDouble(mode, d);
        if (x instanceof Ratnum r) return NumberFactory.fromBig(roundRatio(mode, r));
        throw Errors.wrongType(who, "a number", x);
    }

    private static double roundDouble(Mode mode, double d) {
        return switch (mode) {
            case FLOOR -> Math.floor(d);
            case CEILING -> Math.ceil(d);
            case TRUNCATE -> d < 0 ? Math.ceil(d) : Math.floor(d);
            case ROUND -> Math.rint(d);
        };
    }

    private static BigInteger roundRatio(Mode mode, Ratnum r) {
        // r is never an integer, so the truncated quotient is off by one from the floor when r < 0.
        BigInteger trunc = r.num.divide(r.den);
        BigInteger floor = r.num.signum() < 0 ? trunc.subtract(BigInteger.ONE) : trunc;
        return switch (mode) {
            case FLOOR -> floor;
            case CEILING -> floor.add(BigInteger.ONE);
            case TRUNCATE -> trunc;
            case ROUND -> {
                BigInteger twiceFraction = r.num.subtract(floor.multiply(r.den)).shiftLeft(1);
                int c = twiceFraction.compareTo(r.den);
                yield c < 0 || (c == 0 && !floor.testBit(0)) ? floor : floor.add(BigInteger.ONE);
            }
        };
    }

    /** {@code (rationalize x y)}: the simplest rational within {@code y} of {@code x}. */
    public static Object rationalize(Object x, Object y) {
        NumKind kx = GenericArith.kind("rationalize", x), ky = GenericArith.kind("rationalize", y);
        boolean inexact = kx == NumKind.FLONUM || ky == NumKind.FLONUM;
        if (inexact) {
            double dx = Convert.toDouble(x), dy = Math.abs(Convert.toDouble(y));
            if (Double.isNaN(dx) || Double.isNaN(dy)) return Double.NaN;
            if (Double.isInfinite(dy)) return Double.isInfinite(dx) ? Double.NaN : 0.0;
            if (Double.isInfinite(dx)) return dx;
            return Convert.toDouble(simplest(Convert.exactOf(dx), Convert.exactOf(dy)));
        }
        Object tolerance = GenericArith.signum("rationalize", y) < 0 ? GenericArith.negate(y) : y;
        return simplest(x, tolerance);
    }

    /** The simplest rational in {@code [x - y, x + y]}, for exact x and exact y >= 0. */
    private static Object simplest(Object x, Object y) {
        Object lo = Arith.sub(x, y), hi = Arith.add(x, y);
        if (GenericArith.signum("rationalize", lo) > 0) return simplestPositive(lo, hi);
        if (GenericArith.signum("rationalize", hi) < 0) {
            return GenericArith.negate(simplestPositive(GenericArith.negate(hi), GenericArith.negate(lo)));
        }
        return 0L;
    }

    /** The simplest rational in {@code [lo, hi]}, {@code 0 < lo <= hi}, by continued fractions. */
    private static Object simplestPositive(Object lo, Object hi) {
        Object fl = round("rationalize", Mode.FLOOR, lo);
        if (GenericArith.compareExact(fl, lo) == 0) return fl;
        if (GenericArith.compareExact(fl, round("rationalize", Mode.FLOOR, hi)) < 0) return Arith.add(fl, 1L);
        Object inner = simplestPositive(GenericArith.div(1L, Arith.sub(hi, fl)), GenericArith.div(1L, Arith.sub(lo, fl)));
        return Arith.add(fl, GenericArith.div(1L, inner));
    }
}
