package org.eshkol.engine.interop;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleProxies;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.shared.Shared;

/**
 * Eshkol procedures as Java functional interfaces ({@code Runnable}, {@code Comparator},
 * {@code java.util.function.*}, any interface with one abstract method). The interface's arguments
 * reach the procedure through {@link JavaValues#toScheme}; its result goes back converted to the
 * method's return type ({@code boolean}: anything but #f is true; {@code void}: ignored).
 * Exceptions raised by the procedure pass through unchanged. Each call is a frame for shared-value
 * counts (Tier 4), as an {@code invokeFunction} call is: the counts the procedure hands back are
 * released when it returns (its result is borrowed by the Java caller), so a callback that Java runs
 * on its own threads (an executor's task, an event loop's handler) leaves nothing behind on them.
 */
final class FunctionalAdapters {
    private FunctionalAdapters() {}

    private static final MethodHandle CALL;
    private static final MethodHandle CONVERT;
    private static final MethodHandle TRUTH;

    static {
        try {
            var l = MethodHandles.lookup();
            CALL = l.findStatic(FunctionalAdapters.class, "callFramed", MethodType.methodType(Object.class,
                    org.eshkol.runtime.policy.Policy.class, Procedure.class, Object[].class));
            CONVERT = l.findStatic(Conversions.class, "convert", MethodType.methodType(Object.class, Object.class, Class.class));
            TRUTH = l.findStatic(FunctionalAdapters.class, "truth", MethodType.methodType(boolean.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The single abstract method of {@code type}, or null when it is no functional interface. */
    static Method samOf(Class<?> type) {
        if (!type.isInterface() || !Modifier.isPublic(type.getModifiers()) || type.isSealed()) return null;
        Method sam = null;
        for (Method m : type.getMethods()) {
            if (!Modifier.isAbstract(m.getModifiers()) || ObjectMethods.declares(m)) continue;
            if (sam != null && !(sam.getName().equals(m.getName())
                    && java.util.Arrays.equals(sam.getParameterTypes(), m.getParameterTypes()))) {
                return null;
            }
            sam = m;
        }
        return sam;
    }

    /** {@code p} as an instance of the functional interface {@code iface}. */
    static Object adapt(Procedure p, Class<?> iface) {
        Method sam = samOf(iface);
        if (sam == null) throw InteropErrors.message(iface.getName() + " is not a functional interface");
        Class<?>[] params = sam.getParameterTypes();
        // the sandbox policy of the evaluation that made the adapter goes with it, to whatever thread calls it
        MethodHandle h = MethodHandles.insertArguments(CALL, 0, org.eshkol.runtime.policy.Sandbox.current(), p).asCollector(Object[].class, params.length);
        MethodHandle[] in = new MethodHandle[params.length];
        for (int i = 0; i < params.length; i++) in[i] = JavaValues.toSchemeHandle(params[i]);
        h = MethodHandles.filterArguments(h, 0, in);
        h = MethodHandles.filterReturnValue(h, resultTo(sam.getReturnType()));
        return MethodHandleProxies.asInterfaceInstance(iface, h);
    }

    private static MethodHandle resultTo(Class<?> type) {
        if (type == void.class) return MethodHandles.dropArguments(MethodHandles.empty(MethodType.methodType(void.class)), 0, Object.class);
        if (type == boolean.class) return TRUTH;
        return MethodHandles.insertArguments(CONVERT, 1, type).asType(MethodType.methodType(type, Object.class));
    }

    private static boolean truth(Object v) { return v != Boolean.FALSE; }

    /**
     * Calls {@code p} in a frame for shared-value counts (what it hands back is released at return)
     * under {@code policy}, the sandbox of the evaluation that made the adapter: a callback run on
     * another thread is not trusted more than the script that made it.
     */
    private static Object callFramed(org.eshkol.runtime.policy.Policy policy, Procedure p, Object[] args) {
        org.eshkol.runtime.DynamicState ds = org.eshkol.runtime.DynamicState.current();
        org.eshkol.runtime.policy.Policy saved = ds.policy;
        ds.policy = policy;
        try (Shared.Frame frame = Shared.frame()) {
            return p.callArgs(args);
        } finally {
            ds.policy = saved;
        }
    }
}
