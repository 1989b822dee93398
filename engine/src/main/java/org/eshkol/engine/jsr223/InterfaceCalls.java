package org.eshkol.engine.jsr223;

import java.lang.reflect.UndeclaredThrowableException;
import javax.script.ScriptException;
import org.eshkol.runtime.Global;
import org.eshkol.runtime.Procedure;

/**
 * What the methods of an interface implementation call ({@link InterfaceClasses} generates classes
 * whose method number {@code i} calls {@link #call}{@code (i, args)}; the {@code Proxy} fallback of
 * {@link InterfaceProxies} does the same): the procedure of method {@code i}, either fixed or read
 * from its global cell at each call so that a redefinition is seen. A failure reaches the caller as
 * the {@link ScriptException} when the method declares it, else wrapped in an
 * {@link UndeclaredThrowableException}, as a {@code java.lang.reflect.Proxy} would do.
 */
final class InterfaceCalls {
    private final Object[] targets;
    private final boolean[] declaresScriptException;
    private final InterfaceProxies.Caller caller;

    /** {@code targets[i]} is a {@link Global} or a {@link Procedure}. */
    InterfaceCalls(Object[] targets, boolean[] declaresScriptException, InterfaceProxies.Caller caller) {
        this.targets = targets;
        this.declaresScriptException = declaresScriptException;
        this.caller = caller;
    }

    /** Calls method {@code i}'s procedure with Eshkol arguments; returns its Eshkol result (the caller converts it). */
    Object call(int i, Object[] args) {
        Procedure p = procedure(i);
        try {
            return caller.call(p, args);
        } catch (ScriptException e) {
            throw undeclared(i, e);
        }
    }

    /** {@link #call} for a method without parameters. */
    Object call0(int i) { return fixed(i, 0, null, null); }

    /** {@link #call} for a method of one parameter. */
    Object call1(int i, Object a) { return fixed(i, 1, a, null); }

    /** {@link #call} for a method of two parameters. */
    Object call2(int i, Object a, Object b) { return fixed(i, 2, a, b); }

    private Object fixed(int i, int argc, Object a, Object b) {
        Procedure p = procedure(i);
        try {
            return caller.call(p, argc, a, b);
        } catch (ScriptException e) {
            throw undeclared(i, e);
        }
    }

    private Procedure procedure(int i) {
        Object t = targets[i];
        return t instanceof Procedure q ? q : fromCell((Global) t);
    }

    private static Procedure fromCell(Global g) {
        if (g.value instanceof Procedure p) return p;
        throw new IllegalStateException(g.name + " is no longer a procedure");
    }

    private RuntimeException undeclared(int i, ScriptException e) {
        if (declaresScriptException[i]) throw InterfaceCalls.<RuntimeException>sneaky(e);
        return new UndeclaredThrowableException(e, e.getMessage());
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
