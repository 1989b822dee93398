package org.eshkol.analysis.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.source.SourceFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the reader's half of the engine's golden corpus {@code engine/src/test/esk/reader}: a file
 * with {@code ; error: LINE:COL read error: MESSAGE} lines must report exactly those read errors, and
 * every other file must read without any. (The engine runs the programs and checks their output.)
 */
class ReaderGoldenFilesTest {
    private static final Path DIR = Path.of("..", "engine", "src", "test", "esk", "reader");

    @TestFactory
    Stream<DynamicTest> goldenFilesReadAsExpected() throws IOException {
        assertTrue(Files.isDirectory(DIR), "missing golden directory " + DIR.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".esk")).sorted().toList();
        }
        assertTrue(files.size() >= 20, "golden files: " + files.size());
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        List<String> expected = text.lines()
                .filter(l -> l.startsWith("; error: ") && l.contains(" read error: "))
                .map(l -> l.substring("; error: ".length()))
                .toList();
        Diagnostics diags = new Diagnostics();
        String name = path.getFileName().toString();
        Reader.readAll(new SourceFile(name, text), diags);
        List<String> actual = diags.all().stream()
                .map(d -> d.headline().substring(name.length() + 1).replaceFirst(":(\\d+): ", ":$1 "))
                .toList();
        assertEquals(expected, actual, name);
    }
}
