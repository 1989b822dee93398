package org.eshkol.runtime.num;

import java.math.BigInteger;

/**
 * {@code eqv?} on numbers and a hash consistent with it. Two numbers are eqv when they have the same
 * exactness and are equal: {@code (eqv? 2 2.0)} is false. Flonums compare by bits, so NaN is eqv to
 * NaN and {@code 0.0} is not eqv to {@code -0.0}. Because exact integers are always normalised, equal
 * exact numbers always have the same class.
 */
public final class NumberEquality {
    private NumberEquality() {}

    /** True when {@code a} and {@code b} are eqv numbers; for non-numbers, true only when identical. */
    public static boolean eqv(Object a, Object b) {
        if (a instanceof Long x) return b instanceof Long y && x.longValue() == y.longValue();
        if (a instanceof Double x) {
            return b instanceof Double y && Double.doubleToLongBits(x) == Double.doubleToLongBits(y);
        }
        if (a instanceof BigInteger x) return x.equals(b);
        if (a instanceof Ratnum x) return x.equals(b);
        return a == b;
    }

    /** A hash of a number consistent with {@link #eqv}; for other objects, the identity hash. */
    public static int hash(Object n) {
        if (n instanceof Long || n instanceof Double || n instanceof BigInteger || n instanceof Ratnum) {
            return n.hashCode();
        }
        return System.identityHashCode(n);
    }
}
