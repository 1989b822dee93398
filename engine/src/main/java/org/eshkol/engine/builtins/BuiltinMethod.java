package org.eshkol.engine.builtins;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * One Java method implementing a builtin, described without loading its class: the compiler emits
 * {@code invokestatic owner.name descriptor}; the class is loaded when a script first calls it.
 *
 * @param owner      binary class name, e.g. {@code org.eshkol.runtime.data.PairLib}
 * @param fixedCount parameters before the rest array (all of them when {@code rest} is false)
 * @param rest       whether the last parameter is an {@code Object[]} of rest arguments
 * @param tail       whether it may return a {@code TailCall}
 */
public record BuiltinMethod(String owner, String name, String descriptor, int fixedCount, boolean rest, Result result,
        boolean tail) {

    /** What the method returns, and so what the compiler does with it. */
    public enum Result { OBJECT, BOOLEAN, VOID }

    /** From an index entry's descriptor, e.g. {@code (Ljava/lang/Object;[Ljava/lang/Object;)Z}. */
    static BuiltinMethod of(String owner, String name, String descriptor, boolean tail) {
        int close = descriptor.indexOf(')');
        String params = descriptor.substring(1, close);
        boolean rest = params.endsWith("[Ljava/lang/Object;");
        int count = params.isEmpty() ? 0 : params.split(";", -1).length - 1;
        String ret = descriptor.substring(close + 1);
        Result result = switch (ret) {
            case "Z" -> Result.BOOLEAN;
            case "V" -> Result.VOID;
            case "Ljava/lang/Object;" -> Result.OBJECT;
            default -> throw new IllegalStateException("builtin must return Object, boolean or void: " + owner + "." + name + descriptor);
        };
        if (!params.replace("Ljava/lang/Object;", "").replace("[", "").isEmpty()) {
            throw new IllegalStateException("builtin parameters must be Object or a trailing Object[]: " + owner + "." + name + descriptor);
        }
        return new BuiltinMethod(owner, name, descriptor, rest ? count - 1 : count, rest, result, tail);
    }

    /** The internal name for bytecode: {@code org/eshkol/runtime/data/PairLib}. */
    public String ownerInternal() { return owner.replace('.', '/'); }

    /** A handle to the method (loads its class). */
    MethodHandle handle() {
        try {
            ClassLoader loader = BuiltinMethod.class.getClassLoader();
            Class<?> c = Class.forName(owner, true, loader);
            return MethodHandles.publicLookup().findStatic(c, name, MethodType.fromMethodDescriptorString(descriptor, loader));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("builtin not found: " + owner + "." + name + descriptor, e);
        }
    }
}
