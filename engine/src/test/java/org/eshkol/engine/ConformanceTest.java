package org.eshkol.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.eshkol.analysis.diag.Diagnostic;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.runtime.control.ExitException;
import org.eshkol.runtime.io.CommandLine;
import org.eshkol.runtime.io.Port;
import org.eshkol.runtime.io.StandardPorts;
import org.eshkol.runtime.io.TextOutputPort;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the conformance corpus: every {@code src/test/esk/<feature>/<behaviour>.esk}, each in a fresh
 * engine on a thread with a large stack, checking its inline expectations ({@link GoldenExpectations}).
 */
class ConformanceTest {
    static final Path CORPUS = Path.of("src/test/esk");
    private static final long STACK = 256L * 1024 * 1024;
    private static final long TIMEOUT_MS = 60_000;

    @TestFactory
    Stream<DynamicNode> corpus() throws IOException { return corpus(true); }

    /** The same corpus with --no-escape-analysis: every result must be identical. */
    @TestFactory
    Stream<DynamicNode> corpusWithoutEscapeAnalysis() throws IOException { return corpus(false); }

    private Stream<DynamicNode> corpus(boolean escapeAnalysis) throws IOException {
        List<DynamicNode> features = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                List<DynamicNode> tests = new ArrayList<>();
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".esk")).sorted().toList()) {
                        tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), f.toUri(), () -> runGolden(f, escapeAnalysis)));
                    }
                }
                features.add(DynamicContainer.dynamicContainer(dir.getFileName().toString(), tests));
            }
        }
        return features.stream();
    }

    /** What one run of a script produced. */
    record Outcome(String stdout, String runtimeError, List<String> compileErrors, Integer exitCode) {}

    static void runGolden(Path file) throws Exception { runGolden(file, true); }

    static void runGolden(Path file, boolean escapeAnalysis) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        GoldenExpectations expected = GoldenExpectations.parse(text);
        String name = CORPUS.relativize(file).toString();
        Outcome got = run(name, text, escapeAnalysis);
        List<String> lines = new ArrayList<>(List.of(got.stdout().split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        String context = "\n--- output ---\n" + got.stdout() + "--- error ---\n" + got.runtimeError() + "\n" + got.compileErrors();
        assertEquals(expected.compileErrors(), got.compileErrors(), "compile diagnostics" + context);
        assertEquals(expected.output(), lines, "standard output" + context);
        assertEquals(expected.runtimeError(), got.runtimeError(), "uncaught error" + context);
        if (expected.exitCode() != null) assertEquals(expected.exitCode(), got.exitCode(), "exit code" + context);
    }

    static Outcome run(String name, String text) throws InterruptedException { return run(name, text, true); }

    static Outcome run(String name, String text, boolean escapeAnalysis) throws InterruptedException {
        AtomicReference<Outcome> result = new AtomicReference<>();
        AtomicReference<Throwable> crash = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(runHere(name, text, escapeAnalysis));
            } catch (Throwable e) {
                crash.set(e);
            }
        }, "golden-" + name, STACK);
        t.setDaemon(true);
        t.start();
        t.join(TIMEOUT_MS);
        if (t.isAlive()) {
            t.interrupt();
            fail(name + " did not finish within " + TIMEOUT_MS + " ms");
        }
        if (crash.get() != null) throw new AssertionError(name + " crashed the engine", crash.get());
        return result.get();
    }

    private static Outcome runHere(String name, String text, boolean escapeAnalysis) {
        TextOutputPort out = Port.openOutputString();
        StandardPorts.setDefaults(Port.openInputString(""), out, out);
        CommandLine.set(List.of(name));
        Eshkol engine = new Eshkol(EshkolOptions.defaults().withEscapeAnalysis(escapeAnalysis));
        String runtimeError = null;
        List<String> compileErrors = new ArrayList<>();
        Integer exit = 0;
        try {
            engine.eval(new SourceFile(name, text));
        } catch (EshkolException e) {
            if (e.isCompileError()) {
                for (Diagnostic d : e.diagnostics()) {
                    compileErrors.add(d.span().line() + ":" + d.span().column() + " " + d.phase().label() + ": " + d.message());
                }
            } else {
                String headline = e.getMessage();
                int at = headline.indexOf(": error: ");
                runtimeError = at < 0 ? headline : headline.substring(at + ": error: ".length());
            }
            exit = 1;
        } catch (ExitException e) {
            exit = e.code();
        }
        out.flush();
        return new Outcome(out.contents(), runtimeError, compileErrors, exit);
    }
}
