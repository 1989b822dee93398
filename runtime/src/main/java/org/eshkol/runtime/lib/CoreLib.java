package org.eshkol.runtime.lib;

import org.eshkol.runtime.Builtin;

/** Booleans: the few builtins that belong to no other area. */
public final class CoreLib {
    private CoreLib() {}

    @Builtin("not")
    public static boolean not(Object x) { return x == Boolean.FALSE; }

    @Builtin("boolean?")
    public static boolean isBoolean(Object x) { return x instanceof Boolean; }

    @Builtin("boolean=?")
    public static boolean booleanEq(Object a, Object b, Object[] more) {
        if (!(a instanceof Boolean)) throw org.eshkol.runtime.Errors.wrongType("boolean=?", "a boolean", a);
        if (!(b instanceof Boolean)) throw org.eshkol.runtime.Errors.wrongType("boolean=?", "a boolean", b);
        boolean eq = a == b;
        for (Object m : more) {
            if (!(m instanceof Boolean)) throw org.eshkol.runtime.Errors.wrongType("boolean=?", "a boolean", m);
            eq &= m == a;
        }
        return eq;
    }
}
