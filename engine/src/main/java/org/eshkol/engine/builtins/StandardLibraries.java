package org.eshkol.engine.builtins;

import java.util.ArrayList;
import java.util.List;
import org.eshkol.runtime.lib.Builtins;

/** The runtime's builtin classes plus those the engine itself provides (they need the reader). */
final class StandardLibraries {
    private StandardLibraries() {}

    static List<Class<?>> classes() {
        List<Class<?>> all = new ArrayList<>(Builtins.classes());
        all.add(EngineLib.class);
        return all;
    }
}
