package org.eshkol.analysis.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden files of the escape analysis: each {@code escape/NAME.esk} must produce exactly the
 * {@link EscapeReport} in {@code escape/NAME.facts}. Set {@code -Descape.print=true} to print the
 * actual reports (for reviewing a change, never to copy blindly).
 */
class EscapeGoldenTest {

    private static Path dir() throws URISyntaxException {
        return Path.of(EscapeGoldenTest.class.getResource("/escape").toURI());
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenFileMatches() throws IOException, URISyntaxException {
        List<Path> sources;
        try (Stream<Path> s = Files.list(dir())) {
            sources = s.filter(p -> p.toString().endsWith(".esk")).sorted().toList();
        }
        assertTrue(sources.size() >= 14, "golden files missing: " + sources);
        return sources.stream().map(src -> DynamicTest.dynamicTest(src.getFileName().toString(), () -> {
            String name = src.getFileName().toString();
            String text = Files.readString(src, StandardCharsets.UTF_8);
            String actual = EscapeReport.render(AnalyzeEscapes.analyze(EscapeTesting.program(name, text)));
            if (Boolean.getBoolean("escape.print")) System.out.println("==== " + name + "\n" + actual);
            Path facts = src.resolveSibling(name.replace(".esk", ".facts"));
            assertTrue(Files.exists(facts), "missing " + facts.getFileName());
            assertEquals(Files.readString(facts, StandardCharsets.UTF_8), actual, name);
        }));
    }
}
