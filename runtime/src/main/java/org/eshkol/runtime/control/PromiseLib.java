package org.eshkol.runtime.control;

import org.eshkol.runtime.Builtin;

/** Promises: {@code %delay} and {@code %delay-force} (what {@code delay}/{@code delay-force} lower to), {@code force}, {@code make-promise}, {@code promise?}. */
public final class PromiseLib {
    private PromiseLib() {}

    @Builtin("%delay")
    public static Object delay(Object thunk) { return Promise.delay(org.eshkol.runtime.Calls.asProcedure(thunk)); }

    @Builtin("%delay-force")
    public static Object delayForce(Object thunk) { return Promise.delayForce(org.eshkol.runtime.Calls.asProcedure(thunk)); }

    /** A forced promise holding {@code v}; {@code v} itself when it is already a promise. */
    @Builtin("make-promise")
    public static Object makePromise(Object v) { return v instanceof Promise ? v : Promise.ready(v); }

    @Builtin("promise?")
    public static boolean isPromise(Object x) { return x instanceof Promise; }

    /** The promise's value; any other object is returned as it is. */
    @Builtin("force")
    public static Object force(Object x) { return x instanceof Promise p ? p.force() : x; }
}
