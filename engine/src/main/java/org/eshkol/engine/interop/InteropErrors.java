package org.eshkol.engine.interop;

import org.eshkol.runtime.ErrorObject;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.SchemeError;

/**
 * The Eshkol errors interop raises. Every message starts with {@code java interop: }:
 * <ul>
 *   <li>{@code java interop: class java.lang.Runtime is not allowed}</li>
 *   <li>{@code java interop: unknown class Foo}</li>
 *   <li>{@code java interop: no method max(String, Long) in java.lang.Math}</li>
 *   <li>{@code java interop: no field FOO in java.lang.Math}</li>
 *   <li>{@code java interop: java.lang.Integer.parseInt threw}, with the Java exception as the one
 *       irritant (so scripts and the embedding layer can reach it: {@link #javaException}).</li>
 * </ul>
 */
public final class InteropErrors {
    private InteropErrors() {}

    static SchemeError refused(String className) {
        return Errors.error("java interop: class " + className + " is not allowed");
    }

    static SchemeError unknownClass(String className) {
        return Errors.error("java interop: unknown class " + className);
    }

    static SchemeError noMember(String what, String name, Class<?>[] argClasses, Class<?> in) {
        return Errors.error("java interop: no " + what + " " + name + "(" + describe(argClasses) + ") in " + in.getName());
    }

    static SchemeError noField(String name, Class<?> in) {
        return Errors.error("java interop: no field " + name + " in " + in.getName());
    }

    static SchemeError message(String text) { return Errors.error("java interop: " + text); }

    /** A Java exception thrown by {@code where} (e.g. {@code java.lang.Integer.parseInt}). */
    static SchemeError thrown(String where, Throwable t) {
        return Errors.error("java interop: " + where + " threw", t);
    }

    /**
     * The Java exception behind an interop error ({@code SchemeError.payload()} or a value caught by
     * {@code guard}), or null when the error did not come from a Java exception.
     */
    public static Throwable javaException(Object payload) {
        if (payload instanceof ErrorObject e && e.message().startsWith("java interop: ")
                && e.irritants() instanceof Pair p && p.car instanceof Throwable t) {
            return t;
        }
        return null;
    }

    /** Eshkol-side names of argument classes: {@code String, Long, List}. */
    static String describe(Class<?>[] classes) {
        StringBuilder sb = new StringBuilder();
        for (Class<?> c : classes) {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append(Conversions.eshkolTypeName(c));
        }
        return sb.toString();
    }
}
