package org.eshkol.engine.spi;

import java.util.List;

/**
 * A library of builtins that a module other than the runtime and the engine provides (the HTTP
 * server's {@code http-serve} and request accessors come from {@code netty-bindings} this way), so
 * that the engine itself depends on none of them.
 *
 * <p>Found with {@link java.util.ServiceLoader} on the engine's class loader: a provider lists its
 * class in {@code META-INF/services/org.eshkol.engine.spi.BuiltinLibrary}. Each class it names holds
 * {@code @org.eshkol.runtime.Builtin} methods and fields under the runtime's signature rules; they
 * are scanned once, when the first engine of the JVM starts, and become globals of every
 * environment. Their classes must be visible to the engine's class loader, since compiled scripts
 * call them directly. A name that a standard builtin already has is refused (the library cannot
 * replace {@code car}); a name two libraries both define is refused too.
 */
public interface BuiltinLibrary {
    /** A short name for messages, e.g. {@code "http"}. */
    String name();

    /** The classes holding the library's {@code @Builtin} methods and fields. */
    List<Class<?>> classes();
}
