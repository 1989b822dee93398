package org.eshkol.engine.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

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

    @Test
    void theStandardRegistryReadFromTheIndexAgreesWithReflectionNameByName() {
        BuiltinRegistry scanned = StandardLibraries.scanned();
        BuiltinRegistry standard = BuiltinRegistry.standard();
        int count = 0;
        for (BuiltinInfo s : scanned.all()) {
            BuiltinInfo i = standard.get(s.name());
            assertNotNull(i, s.name());
            assertSame(i, standard.get(s.name()), "parsed once");
            assertEquals(s.arityText(), i.arityText(), s.name());
            for (int argc = 0; argc <= 6; argc++) assertEquals(s.forArgc(argc), i.forArgc(argc), s.name() + " " + argc);
            count++;
        }
        int all = 0;
        for (BuiltinInfo i : standard.all()) all++;
        assertEquals(count, all);
        assertNull(standard.get("no-such-builtin"));
        assertTrue(standard.isValue("current-output-port"));
        assertSame(scanned.value("current-output-port"), standard.value("current-output-port"));
        assertSame(standard.value("current-output-port"), standard.initialValue("current-output-port"));
        assertNull(standard.value("car"));
        assertSame(standard.procedure(standard.get("car")), standard.initialValue("car"));
    }

    private static IndexLines lines(String text) throws IOException {
        IndexLines l = new IndexLines();
        l.add(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.idx");
        return l;
    }

    @Test
    void indexLinesAreGroupedByNameAndMalformedLinesRejected() throws IOException {
        IndexLines l = lines("M\tf\ta.B\tf1\t(Ljava/lang/Object;)Ljava/lang/Object;\t0\n\n"
                + "F\tv\ta.B\tV\nM\tf\ta.B\tf2\t(Ljava/lang/Object;Ljava/lang/Object;)Z\t1");
        assertEquals(2, l.methods("f").size());
        assertEquals(List.of("a.B", "f2", "(Ljava/lang/Object;Ljava/lang/Object;)Z", "1"), List.of(l.methods("f").get(1)));
        assertEquals(List.of("a.B", "V"), List.of(l.field("v")));
        assertNull(l.methods("v"));
        BuiltinInfo f = BuiltinRegistry.of(l).get("f");
        assertEquals("1 or 2", f.arityText());
        assertEquals(BuiltinMethod.Result.BOOLEAN, f.forArgc(2).result());
        assertTrue(f.forArgc(2).tail());
        assertThrows(IOException.class, () -> lines("X\tf\ta.B\tf1\t()Ljava/lang/Object;\t0\n"));
        assertThrows(IOException.class, () -> lines("M\tf\n"));
        // the fields after the name are counted when the name is first asked for
        assertThrows(IllegalStateException.class, () -> lines("M\tf\ta.B\tf1\t()Ljava/lang/Object;\n").methods("f"));
        assertThrows(IllegalStateException.class, () -> lines("F\tv\ta.B\tV\textra\n").field("v"));
        assertThrows(IllegalStateException.class, () -> lines("M\tf\ta.B\tf1\t()Ljava/lang/Object;\t0\textra").methods("f"));
    }
}
