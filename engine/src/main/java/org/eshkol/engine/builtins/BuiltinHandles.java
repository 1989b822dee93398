package org.eshkol.engine.builtins;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.eshkol.runtime.Calls;
import org.eshkol.runtime.Unspecified;

/** Builds the method handles through which a builtin used as a value is called. */
final class BuiltinHandles {
    private BuiltinHandles() {}

    private static final MethodHandle BOOL;
    private static final MethodHandle DISPATCH;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            BOOL = l.findStatic(Calls.class, "bool", MethodType.methodType(Object.class, boolean.class));
            DISPATCH = l.findStatic(BuiltinHandles.class, "dispatch",
                    MethodType.methodType(Object.class, BuiltinInfo.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static MethodHandle build(BuiltinInfo info, int argc) {
        if (argc == 5) return MethodHandles.insertArguments(DISPATCH, 0, info);
        BuiltinMethod m = info.forArgc(argc);
        if (m == null) return null;
        MethodHandle h = forMethod(m);
        if (m == info.rest()) h = h.asCollector(Object[].class, argc - info.restFixed());
        return h.asType(MethodType.genericMethodType(argc));
    }

    private static MethodHandle forMethod(BuiltinMethod m) {
        MethodHandle h = m.handle();
        if (m.result() == BuiltinMethod.Result.BOOLEAN) h = MethodHandles.filterReturnValue(h, BOOL);
        else if (m.result() == BuiltinMethod.Result.VOID)
            h = MethodHandles.filterReturnValue(h, MethodHandles.constant(Object.class, Unspecified.VALUE));
        return h;
    }

    /** Calls the builtin with an argument array of any length (the {@code applyN} path). */
    private static Object dispatch(BuiltinInfo info, Object[] args) throws Throwable {
        BuiltinMethod m = info.forArgc(args.length);
        if (m == null) throw org.eshkol.runtime.Errors.arity(info.name(), info.arityText(), args.length);
        MethodHandle h = forMethod(m);
        if (m == info.rest()) {
            int fixed = info.restFixed();
            Object[] call = new Object[fixed + 1];
            System.arraycopy(args, 0, call, 0, fixed);
            Object[] rest = new Object[args.length - fixed];
            System.arraycopy(args, fixed, rest, 0, rest.length);
            call[fixed] = rest;
            return h.invokeWithArguments(call);
        }
        return h.invokeWithArguments(args);
    }
}
