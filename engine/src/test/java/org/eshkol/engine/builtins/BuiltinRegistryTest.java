package org.eshkol.engine.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.eshkol.runtime.lib.BuiltinIndex;
import org.eshkol.runtime.lib.Builtins;
import org.junit.jupiter.api.Test;

/** The build-time builtin index says exactly what reflection over the builtin classes finds. */
class BuiltinRegistryTest {

    private static TreeMap<String, String> describe(BuiltinIndex.Entries e) {
        TreeMap<String, String> out = new TreeMap<>();
        for (BuiltinIndex.MethodEntry m : e.methods()) out.merge(m.name(), m.owner() + "." + m.method() + m.descriptor() + (m.tail() ? " tail" : ""), (a, b) -> a + " | " + b);
        for (BuiltinIndex.FieldEntry f : e.fields()) out.merge(f.name(), f.owner() + "." + f.field(), (a, b) -> a + " | " + b);
        return out;
    }

    @Test
    void indexesMatchReflection() throws Exception {
        BuiltinIndex.Entries runtime = BuiltinIndex.read(Builtins.class.getClassLoader().getResourceAsStream(BuiltinIndex.RESOURCE));
        BuiltinIndex.Entries engine = BuiltinIndex.read(EngineLib.class.getClassLoader().getResourceAsStream(BuiltinIndex.EXTRA_RESOURCE));
        assertNotNull(runtime, "the runtime jar carries its builtin index");
        assertNotNull(engine, "the engine jar carries its builtin index");
        assertEquals(describe(BuiltinIndex.scan(Builtins.classes())), describe(runtime));
        assertEquals(describe(BuiltinIndex.scan(List.of(EngineLib.class))), describe(engine));
    }

    @Test
    void everyIndexedMethodResolves() {
        BuiltinRegistry r = BuiltinRegistry.standard();
        List<String> names = new ArrayList<>();
        for (BuiltinInfo info : r.all()) {
            names.add(info.name());
            for (int argc = 0; argc <= 5; argc++) info.handle(argc); // loads and links every method
        }
        assertEquals(true, names.contains("car") && names.contains("string->number"), names.toString());
    }
}
