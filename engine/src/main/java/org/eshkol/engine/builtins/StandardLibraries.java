package org.eshkol.engine.builtins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.eshkol.runtime.lib.BuiltinIndex;
import org.eshkol.runtime.lib.Builtins;

/**
 * The runtime's builtins (from the index the build wrote, else by reflection) plus those the engine
 * itself provides (they need the reader).
 */
final class StandardLibraries {
    private StandardLibraries() {}

    static BuiltinRegistry registry() {
        IndexLines lines = new IndexLines();
        try {
            if (!lines.add(Builtins.class.getClassLoader().getResourceAsStream(BuiltinIndex.RESOURCE), BuiltinIndex.RESOURCE)
                    || !lines.add(EngineLib.class.getClassLoader().getResourceAsStream(BuiltinIndex.EXTRA_RESOURCE), BuiltinIndex.EXTRA_RESOURCE)) {
                return scanned(); // classes not packaged by the build (an IDE, say): reflection
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the builtin index", e);
        }
        return BuiltinRegistry.of(lines);
    }

    /** The registry found by reflection over the builtin classes. */
    static BuiltinRegistry scanned() {
        List<Class<?>> classes = new ArrayList<>(Builtins.classes());
        classes.add(EngineLib.class);
        return BuiltinRegistry.scan(classes);
    }
}
