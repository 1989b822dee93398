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
        BuiltinIndex.Entries runtime = index(Builtins.class, BuiltinIndex.RESOURCE);
        if (runtime == null) runtime = BuiltinIndex.scan(Builtins.classes());
        BuiltinIndex.Entries engine = index(EngineLib.class, BuiltinIndex.EXTRA_RESOURCE);
        if (engine == null) engine = BuiltinIndex.scan(List.of(EngineLib.class));
        List<BuiltinIndex.MethodEntry> methods = new ArrayList<>(runtime.methods());
        methods.addAll(engine.methods());
        List<BuiltinIndex.FieldEntry> fields = new ArrayList<>(runtime.fields());
        fields.addAll(engine.fields());
        return BuiltinRegistry.of(new BuiltinIndex.Entries(methods, fields));
    }

    /** The index the build wrote next to {@code anchor}'s classes, or null (then: reflection). */
    private static BuiltinIndex.Entries index(Class<?> anchor, String resource) {
        try {
            return BuiltinIndex.read(anchor.getClassLoader().getResourceAsStream(resource));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the builtin index " + resource, e);
        }
    }
}
