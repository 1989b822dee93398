package org.eshkol.engine.interop;

/**
 * Where an interop call site finds the class filter of the engine that compiled its script.
 *
 * <p>TEMPORARY: the engine's {@code ScriptLoader} does not expose the filter yet. Until it has a
 * {@code classFilter()} accessor (filled from {@code EshkolOptions.classFilter()} when the unit is
 * loaded), the filter comes from {@link #use} on the linking thread, else from the process-wide
 * {@link #setDefault}. Once the accessor exists, {@link #forLoader} returns it and the rest of this
 * class goes away.
 */
public final class ClassFilters {
    private ClassFilters() {}

    private static volatile ClassFilter fallback = ClassFilter.ALL;
    private static final ThreadLocal<ClassFilter> CURRENT = new ThreadLocal<>();

    /** The filter for call sites in classes of {@code loader}. */
    static ClassFilter forLoader(ClassLoader loader) {
        ClassFilter f = CURRENT.get();
        return f != null ? f : fallback;
    }

    /** TEMPORARY: the filter for call sites linked on this thread until {@code use(null)}. */
    public static void use(ClassFilter filter) {
        if (filter == null) CURRENT.remove();
        else CURRENT.set(filter);
    }

    /** TEMPORARY: the filter when none is set for the thread. */
    public static void setDefault(ClassFilter filter) { fallback = java.util.Objects.requireNonNull(filter); }
}
