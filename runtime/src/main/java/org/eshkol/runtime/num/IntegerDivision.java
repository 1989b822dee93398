package org.eshkol.runtime.num;

import java.math.BigInteger;
import org.eshkol.runtime.Errors;

/**
 * Integer division in its two R7RS flavours ({@link Mode#TRUNCATE}: {@code quotient},
 * {@code remainder}, {@code truncate/}; {@link Mode#FLOOR}: {@code modulo}, {@code floor/}), plus
 * {@code gcd} and {@code lcm}. Arguments are integers, exact or integral flonums; a flonum argument
 * makes the results inexact. A zero divisor is an error ({@code quotient: division by zero}).
 */
public final class IntegerDivision {
    private IntegerDivision() {}

    /** Which way the quotient is rounded. */
    public enum Mode { TRUNCATE, FLOOR }

    /** Checks that {@code x} is an integer (exact, or a finite integral flonum) and returns its kind. */
    public static NumKind checkInteger(String who, Object x) {
        if (x instanceof Long) return NumKind.FIXNUM;
        if (x instanceof BigInteger) return NumKind.BIGNUM;
        if (x instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) return NumKind.FLONUM;
        throw Errors.wrongType(who, "an integer", x);
    }

    /** The quotient and remainder {@code {q, r}} with {@code a = q*b + r}. */
    public static Object[] divide(String who, Mode mode, Object a, Object b) {
        NumKind k = NumKind.max(checkInteger(who, a), checkInteger(who, b));
        if (k == NumKind.FLONUM) return divideDoubles(who, mode, Convert.toDouble(a), Convert.toDouble(b));
        if (k == NumKind.FIXNUM) return divideLongs(who, mode, (Long) a, (Long) b);
        BigInteger y = Convert.toBig(b);
        if (y.signum() == 0) throw Errors.divisionByZero(who);
        BigInteger[] qr = Convert.toBig(a).divideAndRemainder(y);
        if (mode == Mode.FLOOR && qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(y);
        }
        return new Object[] {NumberFactory.fromBig(qr[0]), NumberFactory.fromBig(qr[1])};
    }

    public static Object quotient(String who, Mode mode, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0 && y != -1) {
            return mode == Mode.TRUNCATE ? x / y : Math.floorDiv(x, y);
        }
        return divide(who, mode, a, b)[0];
    }

    public static Object remainder(String who, Mode mode, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0) {
            return mode == Mode.TRUNCATE ? x % y : Math.floorMod(x, y);
        }
        return divide(who, mode, a, b)[1];
    }

    private static Object[] divideLongs(String who, Mode mode, long x, long y) {
        if (y == 0) throw Errors.divisionByZero(who);
        if (y == -1) return new Object[] {NumberFactory.negate(x), 0L};
        if (mode == Mode.TRUNCATE) return new Object[] {x / y, x % y};
        return new Object[] {Math.floorDiv(x, y), Math.floorMod(x, y)};
    }

    private static Object[] divideDoubles(String who, Mode mode, double x, double y) {
        if (y == 0) throw Errors.divisionByZero(who);
        double r = x % y;
        if (mode == Mode.FLOOR && r != 0 && (r < 0) != (y < 0)) r += y;
        return new Object[] {Math.rint((x - r) / y), r};
    }

    /** The non-negative greatest common divisor of two integers. */
    public static Object gcd(Object a, Object b) {
        NumKind k = NumKind.max(checkInteger("gcd", a), checkInteger("gcd", b));
        if (k == NumKind.FLONUM) return gcdDoubles(Math.abs(Convert.toDouble(a)), Math.abs(Convert.toDouble(b)));
        if (k == NumKind.FIXNUM) {
            long x = (Long) a, y = (Long) b;
            if (x != Long.MIN_VALUE && y != Long.MIN_VALUE) return gcdLongs(Math.abs(x), Math.abs(y));
        }
        return NumberFactory.fromBig(Convert.toBig(a).gcd(Convert.toBig(b)));
    }

    /** The non-negative least common multiple of two integers. */
    public static Object lcm(Object a, Object b) {
        checkInteger("lcm", a);
        checkInteger("lcm", b);
        if (GenericArith.signum("lcm", a) == 0 || GenericArith.signum("lcm", b) == 0) {
            return a instanceof Double || b instanceof Double ? (Object) 0.0 : (Object) 0L;
        }
        Object g = gcd(a, b);
        Object product = Arith.mul(a, quotient("lcm", Mode.TRUNCATE, b, g));
        return GenericArith.signum("lcm", product) < 0 ? GenericArith.negate(product) : product;
    }

    private static long gcdLongs(long x, long y) {
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return x;
    }

    private static double gcdDoubles(double x, double y) {
        while (y != 0) {
            double t = x % y;
            x = y;
            y = t;
        }
        return x;
    }
}
