package org.eshkol.runtime.control;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.DynamicState;
import org.eshkol.runtime.Procedure;

/** {@code call/cc} (escape-only) and {@code dynamic-wind}. */
public final class ContinuationLib {
    private ContinuationLib() {}

    /**
     * Calls {@code proc} with a fresh {@link Continuation}; returns what {@code proc} returns, or the
     * values the continuation is called with while this call is running. The continuation is dead
     * once this returns or is escaped past.
     */
    @Builtin({"call-with-current-continuation", "call/cc", "call-with-escape-continuation", "call/ec"})
    public static Object callCC(Object proc) {
        Procedure p = org.eshkol.runtime.Calls.asProcedure(proc);
        Continuation k = new Continuation();
        try {
            return p.call1(k);
        } catch (ContinuationException e) {
            if (e.target != k) throw e;
            return e.result;
        } finally {
            k.end();
        }
    }

    /**
     * Calls {@code before}, then {@code thunk} with a wind frame pushed, then {@code after}, and
     * returns the thunk's value. {@code after} also runs when the thunk is left by a continuation,
     * a {@code guard}, an uncaught error or {@code exit}; not for {@code emergency-exit}.
     */
    @Builtin("dynamic-wind")
    public static Object dynamicWind(Object before, Object thunk, Object after) {
        Procedure b = org.eshkol.runtime.Calls.asProcedure(before);
        Procedure t = org.eshkol.runtime.Calls.asProcedure(thunk);
        Procedure a = org.eshkol.runtime.Calls.asProcedure(after);
        b.call0();
        DynamicState ds = DynamicState.current();
        DynamicState.WindFrame saved = ds.winds;
        ds.winds = new DynamicState.WindFrame(b, a, saved);
        Object result;
        try {
            result = t.call0();
        } catch (Throwable e) {
            ds.winds = saved;
            if (!(e instanceof ExitException x && x.isEmergency())) a.call0();
            throw e;
        }
        ds.winds = saved;
        a.call0();
        return result;
    }
}
