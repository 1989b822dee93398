package org.eshkol.runtime.data;

import org.eshkol.runtime.Builtin;

/** {@code eq?}, {@code eqv?} and {@code equal?}. Numbers and characters are {@code eq?} when {@code eqv?}. */
public final class EquivalenceLib {
    private EquivalenceLib() {}

    @Builtin({"eq?"})
    public static boolean eq(Object a, Object b) { return Equality.eqv(a, b); }

    @Builtin({"eqv?"})
    public static boolean eqv(Object a, Object b) { return Equality.eqv(a, b); }

    @Builtin({"equal?"})
    public static boolean equal(Object a, Object b) { return Equality.equal(a, b); }
}
