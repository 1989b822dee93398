package org.eshkol.engine.interop;

import org.eshkol.engine.codegen.ScriptLoader;

/** Where an interop call site finds the class filter of the engine that compiled its script. */
final class ClassFilters {
    private ClassFilters() {}

    /** The filter for call sites in classes of {@code loader}: its engine's, or every class outside scripts. */
    static ClassFilter forLoader(ClassLoader loader) {
        return loader instanceof ScriptLoader s ? s.classFilter() : ClassFilter.ALL;
    }
}
