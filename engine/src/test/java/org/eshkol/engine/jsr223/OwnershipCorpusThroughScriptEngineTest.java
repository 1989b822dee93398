package org.eshkol.engine.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.script.Compilable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The ownership error cases of the conformance corpus, through {@code javax.script}: {@code compile}
 * throws a {@link ScriptException} at the first expected diagnostic's line and column, with its text.
 */
class OwnershipCorpusThroughScriptEngineTest {
    private static final Path FOLDER = Path.of("src/test/esk/ownership");
    private static final Pattern ERROR = Pattern.compile(";\\s*error: (\\d+):(\\d+) (ownership error: .*)$", Pattern.MULTILINE);

    @TestFactory
    Stream<DynamicTest> everyOwnershipErrorCaseIsRejectedByCompile() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(FOLDER)) {
            files = s.filter(p -> p.toString().endsWith(".esk")).sorted().toList();
        }
        List<Path> cases = files.stream().filter(p -> ERROR.matcher(read(p)).find()).toList();
        assertFalse(cases.isEmpty(), "no ownership error cases found in " + FOLDER.toAbsolutePath());
        return cases.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String text = read(p);
            Matcher m = ERROR.matcher(text);
            assertTrue(m.find());
            ScriptEngine engine = new ScriptEngineManager().getEngineByName("eshkol");
            engine.put(ScriptEngine.FILENAME, p.getFileName().toString());
            ScriptException e = assertThrows(ScriptException.class, () -> ((Compilable) engine).compile(text));
            assertEquals(p.getFileName().toString(), e.getFileName());
            assertEquals(Integer.parseInt(m.group(1)), e.getLineNumber());
            assertEquals(Integer.parseInt(m.group(2)), e.getColumnNumber());
            assertTrue(e.getMessage().startsWith(m.group(3)), e.getMessage());
        }));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
