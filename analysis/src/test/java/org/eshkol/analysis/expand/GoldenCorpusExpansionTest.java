package org.eshkol.analysis.expand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eshkol.analysis.diag.Diagnostic;
import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.source.SourceFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Expands the engine's golden programs for the expander's areas (syntax, macros, errors): programs
 * without {@code ; error:} lines must expand cleanly, the others must report exactly those
 * expand errors. (Running them is the engine's job.)
 */
class GoldenCorpusExpansionTest {
    private static final Path CORPUS = Path.of("../engine/src/test/esk");
    private static final Pattern ERROR = Pattern.compile("; error: (.*)$", Pattern.MULTILINE);

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String area : List.of("syntax", "macros", "errors")) {
            Path dir = CORPUS.resolve(area);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.list(dir)) { s.filter(p -> p.toString().endsWith(".esk")).sorted().forEach(files::add); }
        }
        assertTrue(files.size() > 50, "corpus not found at " + CORPUS.toAbsolutePath());
        return files.stream().map(p -> DynamicTest.dynamicTest(CORPUS.relativize(p).toString(), () -> check(p)));
    }

    private static void check(Path p) throws IOException {
        String text = Files.readString(p);
        List<String> expected = new ArrayList<>();
        Matcher m = ERROR.matcher(text);
        while (m.find()) expected.add(m.group(1).trim());
        SourceFile f = new SourceFile(p.getFileName().toString(), text);
        Diagnostics d = new Diagnostics();
        Expander.expandProgram(f, TestReader.read(f), d);
        List<String> actual = new ArrayList<>();
        for (Diagnostic diag : d.all())
            actual.add(diag.span().line() + ":" + diag.span().column() + " " + diag.phase().label() + ": " + diag.message());
        assertEquals(expected, actual);
    }
}
