package org.eshkol.engine.builtins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.eshkol.engine.spi.BuiltinLibrary;
import org.eshkol.runtime.lib.BuiltinIndex;
import org.eshkol.runtime.lib.Builtins;

/**
 * The runtime's builtins (from the index the build wrote, else by reflection), those the engine
 * itself provides (they need the reader), and those of every {@link BuiltinLibrary} on the engine's
 * class path (scanned by reflection when the registry is made).
 */
final class StandardLibraries {
    private StandardLibraries() {}

    static BuiltinRegistry registry() {
        IndexLines lines = new IndexLines();
        try {
            if (!lines.add(Builtins.class.getClassLoader().getResourceAsStream(BuiltinIndex.RESOURCE), BuiltinIndex.RESOURCE)
                    || !lines.add(EngineLib.class.getClassLoader().getResourceAsStream(BuiltinIndex.EXTRA_RESOURCE), BuiltinIndex.EXTRA_RESOURCE)) {
                lines = IndexLines.of(BuiltinIndex.scan(standardClasses())); // not packaged by the build (an IDE, say): reflection
            }
            for (BuiltinLibrary library : libraries()) lines.addLibrary(BuiltinIndex.scan(library.classes()), library.name());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the builtin index", e);
        }
        return BuiltinRegistry.of(lines);
    }

    /** The registry found by reflection over the builtin classes, libraries included. */
    static BuiltinRegistry scanned() {
        List<Class<?>> classes = standardClasses();
        for (BuiltinLibrary library : libraries()) classes.addAll(library.classes());
        return BuiltinRegistry.scan(classes);
    }

    private static List<Class<?>> standardClasses() {
        List<Class<?>> classes = new ArrayList<>(Builtins.classes());
        classes.add(EngineLib.class);
        return classes;
    }

    /** The libraries the engine's class loader finds, in a stable order (by name). */
    static List<BuiltinLibrary> libraries() {
        List<BuiltinLibrary> out = new ArrayList<>();
        for (BuiltinLibrary l : ServiceLoader.load(BuiltinLibrary.class, StandardLibraries.class.getClassLoader())) out.add(l);
        out.sort(java.util.Comparator.comparing(BuiltinLibrary::name));
        return out;
    }
}
