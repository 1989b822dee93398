package org.eshkol.engine.builtins;

import java.lang.invoke.MethodHandle;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.Procedure;

/**
 * A builtin used as a value ({@code (map car xs)}): calls the builtin's methods through cached
 * method handles. Calls that name a builtin directly do not come here; the compiler emits
 * invokestatic for them.
 */
public final class BuiltinProcedure extends Procedure {
    private final BuiltinInfo info;

    public BuiltinProcedure(BuiltinInfo info) { this.info = info; }

    @Override
    public String name() { return info.name(); }

    private MethodHandle handle(int argc) {
        MethodHandle h = info.handle(argc);
        if (h == null) throw Errors.arity(info.name(), info.arityText(), argc);
        return h;
    }

    @Override
    public Object apply0() {
        try {
            return (Object) handle(0).invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public Object apply1(Object a) {
        try {
            return (Object) handle(1).invokeExact(a);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public Object apply2(Object a, Object b) {
        try {
            return (Object) handle(2).invokeExact(a, b);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public Object apply3(Object a, Object b, Object c) {
        try {
            return (Object) handle(3).invokeExact(a, b, c);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public Object apply4(Object a, Object b, Object c, Object d) {
        try {
            return (Object) handle(4).invokeExact(a, b, c, d);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public Object applyN(Object[] args) {
        try {
            return (Object) info.handle(5).invokeExact(args);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        throw new IllegalStateException("checked exception from a builtin", t);
    }
}
