package org.eshkol.runtime.num;

import java.math.BigInteger;

/**
 * The representation of a number, in tower order: an operation on two numbers works in the higher
 * kind of the two ({@code FIXNUM < BIGNUM < RATNUM < FLONUM}).
 */
public enum NumKind {
    FIXNUM, BIGNUM, RATNUM, FLONUM;

    /** The kind of {@code x}, or {@code null} when it is not a number. */
    public static NumKind of(Object x) {
        if (x instanceof Long) return FIXNUM;
        if (x instanceof Double) return FLONUM;
        if (x instanceof BigInteger) return BIGNUM;
        if (x instanceof Ratnum) return RATNUM;
        return null;
    }

    public boolean isExact() { return this != FLONUM; }

    /** The higher of two kinds. */
    public static NumKind max(NumKind a, NumKind b) { return a.ordinal() >= b.ordinal() ? a : b; }
}
