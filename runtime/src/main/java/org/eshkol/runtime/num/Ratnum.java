package org.eshkol.runtime.num;

import java.math.BigInteger;

/**
 * An exact non-integer rational: {@code num/den} in lowest terms with {@code den > 1} (the sign is on
 * the numerator). Made only by {@link NumberFactory#ratio}, which returns an integer instead when the
 * denominator would be 1. Immutable.
 */
public final class Ratnum {
    public final BigInteger num;
    public final BigInteger den;

    /** Unchecked: the caller guarantees lowest terms and {@code den > 1}. */
    Ratnum(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    public int signum() { return num.signum(); }

    public double toDouble() { return Convert.ratioToDouble(num, den); }

    /** Equal as numbers ({@code eqv?}): both are in lowest terms, so the parts are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Ratnum r && r.num.equals(num) && r.den.equals(den);
    }

    @Override
    public int hashCode() { return num.hashCode() * 31 + den.hashCode(); }

    @Override
    public String toString() { return num + "/" + den; }
}
