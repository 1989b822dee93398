package org.eshkol.runtime.num;

import java.math.BigInteger;
import org.eshkol.runtime.Errors;

/**
 * {@code expt}. An exact base with an exact integer exponent gives an exact result (a rational for a
 * negative exponent; {@code (expt 0 0)} is 1 and {@code (expt 0 -1)} divides by zero). An exact base
 * with an exact rational exponent is exact when the root is exact ({@code (expt 4 1/2)} is 2). Otherwise
 * the result is a flonum; a negative base with a non-integral exponent is an error.
 */
public final class Powers {
    private Powers() {}

    public static Object expt(Object base, Object power) {
        NumKind kb = GenericArith.kind("expt", base), kp = GenericArith.kind("expt", power);
        if (kb.isExact() && (kp == NumKind.FIXNUM || kp == NumKind.BIGNUM)) return exactPower(base, power);
        if (kb == NumKind.FLONUM && kp != NumKind.FLONUM && kp != NumKind.RATNUM) {
            return Math.pow((Double) base, Convert.toDouble(power));
        }
        if (kb.isExact() && kp == NumKind.RATNUM) {
            if (GenericArith.signum("expt", base) < 0) throw Roots.complexResult("expt", base);
            Ratnum p = (Ratnum) power;
            if (p.den.bitLength() < 31) {
                int k = p.den.intValue();
                BigInteger n = Roots.exactRoot(Convert.numerator(base), k);
                BigInteger d = n == null ? null : Roots.exactRoot(Convert.denominator(base), k);
                if (d != null) return exactPower(NumberFactory.ratio(n, d), NumberFactory.fromBig(p.num));
            }
        }
        double x = Convert.toDouble(base), y = Convert.toDouble(power);
        if (x < 0 && y != Math.rint(y) && !Double.isInfinite(y)) throw Roots.complexResult("expt", base);
        return Math.pow(x, y);
    }

    /** An exact base raised to an exact integer power. */
    private static Object exactPower(Object base, Object power) {
        int sign = GenericArith.signum("expt", power);
        if (sign == 0) return 1L;
        if (GenericArith.isExactZero(base)) {
            if (sign < 0) throw Errors.divisionByZero("expt");
            return 0L;
        }
        if (base instanceof Long l && (l == 1 || l == -1)) {
            return l == 1 || !Convert.toBig(power).testBit(0) ? (Object) 1L : (Object) (-1L);
        }
        if (!(power instanceof Long e) || e > Integer.MAX_VALUE || e < -Integer.MAX_VALUE) {
            throw Errors.error("expt: exponent too large", power);
        }
        int n = (int) Math.abs(e);
        Object magnitude;
        if (base instanceof Ratnum r) magnitude = new Ratnum(r.num.pow(n), r.den.pow(n));
        else if (base instanceof Long l) magnitude = longPower(l, n);
        else magnitude = NumberFactory.fromBig(((BigInteger) base).pow(n));
        return sign > 0 ? magnitude : GenericArith.div(1L, magnitude);
    }

    /** {@code b^n} by repeated squaring in longs, falling back to BigInteger on overflow. */
    private static Object longPower(long b, int n) {
        long result = 1, square = b;
        int rest = n;
        while (true) {
            if ((rest & 1) != 0) {
                long r = result * square;
                if (Math.multiplyHigh(result, square) != (r >> 63)) break;
                result = r;
            }
            rest >>>= 1;
            if (rest == 0) return result;
            long s = square * square;
            if (Math.multiplyHigh(square, square) != (s >> 63)) break;
            square = s;
        }
        return NumberFactory.fromBig(BigInteger.valueOf(b).pow(n));
    }
}
