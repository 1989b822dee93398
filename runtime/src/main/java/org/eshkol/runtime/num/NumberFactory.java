package org.eshkol.runtime.num;

import java.math.BigInteger;
import org.eshkol.runtime.Errors;

/** Normalising constructors for exact numbers: a result that fits in a {@code long} is a {@code Long}. */
public final class NumberFactory {
    private NumberFactory() {}

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    /** {@code b} as a {@code Long} when it fits, else {@code b} itself. */
    public static Object fromBig(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /**
     * The exact rational {@code num/den} in lowest terms: an integer when the denominator divides the
     * numerator, else a {@link Ratnum}. Throws the {@code /: division by zero} error when {@code den} is 0.
     */
    public static Object ratio(BigInteger num, BigInteger den) {
        int s = den.signum();
        if (s == 0) throw Errors.divisionByZero("/");
        if (s < 0) {
            num = num.negate();
            den = den.negate();
        }
        if (den.equals(BigInteger.ONE)) return fromBig(num);
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE)) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return den.equals(BigInteger.ONE) ? fromBig(num) : new Ratnum(num, den);
    }

    /** {@code num/den} for long parts. */
    public static Object ratio(long num, long den) {
        return ratio(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    /** The exact integer {@code -x}, which for {@code Long.MIN_VALUE} is a bignum. */
    public static Object negate(long x) {
        return x == Long.MIN_VALUE ? LONG_MIN.negate() : (Object) (-x);
    }
}
