package org.eshkol.engine.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.engine.Eshkol;
import org.eshkol.engine.EshkolException;
import org.eshkol.engine.EshkolOptions;
import org.eshkol.engine.EshkolPolicy;
import org.eshkol.engine.jsr223.EshkolScriptEngineFactory;
import org.eshkol.runtime.control.ExitException;
import org.eshkol.runtime.io.Port;
import org.eshkol.runtime.io.StandardPorts;
import org.eshkol.runtime.io.TextOutputPort;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-script corpus, {@code src/test/hostile/*.esk}: one file per way a script could hurt
 * its host, each run under {@link EshkolPolicy#untrusted()} and {@link EshkolPolicy#trusted()}.
 * Expectations are inline, per preset:
 * <ul>
 *   <li>{@code ; untrusted-error: LINE:COL MESSAGE} / {@code ; trusted-error: ...}: the uncaught
 *       error, at that position;</li>
 *   <li>{@code ; untrusted-expect: TEXT} / {@code ; trusted-expect: TEXT}: a line of output;
 *       {@code ; trusted-exit: N}: the exit request;</li>
 *   <li>{@code ; trusted-skip: REASON}: not run under trusted() (it would end the test JVM).</li>
 * </ul>
 * Under untrusted() the same file also goes through JSR-223, and afterwards the engine must still
 * evaluate, and the thread must not be left interrupted: a refused script leaves its host as it was.
 */
class HostileScriptsTest {
    static final Path CORPUS = Path.of("src/test/hostile");

    @TestFactory
    Stream<DynamicTest> untrusted() throws IOException {
        return files().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), f.toUri(), () -> run(f, "untrusted")));
    }

    @TestFactory
    Stream<DynamicTest> trusted() throws IOException {
        return files().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), f.toUri(), () -> run(f, "trusted")));
    }

    private static Stream<Path> files() throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.list(CORPUS)) {
            all = s.filter(p -> p.toString().endsWith(".esk")).sorted().toList();
        }
        assertTrue(all.size() >= 10, "the hostile corpus is missing");
        return all.stream();
    }

    private record Expected(List<String> output, String error, Integer exit, String skip) {}

    private static Expected expected(String text, String mode) {
        List<String> out = new ArrayList<>();
        String error = null, skip = null;
        Integer exit = null;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("; " + mode + "-")) continue;
            String rest = l.substring(("; " + mode + "-").length());
            int colon = rest.indexOf(": ");
            String kind = colon < 0 ? rest.replace(":", "") : rest.substring(0, colon);
            String value = colon < 0 ? "" : rest.substring(colon + 2);
            switch (kind) {
                case "expect" -> out.add(value);
                case "error" -> error = value;
                case "exit" -> exit = Integer.parseInt(value);
                case "skip" -> skip = value;
                default -> fail("unknown expectation " + l);
            }
        }
        return new Expected(out, error, exit, skip);
    }

    private static void run(Path file, String mode) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Expected want = expected(text, mode);
        if (want.skip() != null) {
            assertEquals("trusted", mode, "only trusted() runs may be skipped");
            return;
        }
        assertTrue(want.error() != null || !want.output().isEmpty() || want.exit() != null, file + " states nothing for " + mode);
        EshkolPolicy policy = mode.equals("untrusted") ? EshkolPolicy.untrusted() : EshkolPolicy.trusted();
        String name = file.getFileName().toString();
        TextOutputPort out = Port.openOutputString();
        StandardPorts.setDefaults(Port.openInputString(""), out, out);
        Eshkol engine = new Eshkol(EshkolOptions.defaults().withPolicy(policy));
        String error = null;
        Integer exit = null;
        try {
            engine.eval(new SourceFile(name, text));
        } catch (EshkolException e) {
            assertFalse(e.isCompileError(), () -> e.render());
            String headline = e.getMessage();
            assertTrue(headline.startsWith(name + ":"), headline);
            error = headline.substring(name.length() + 1).replaceFirst("^(\\d+:\\d+): error: ", "$1 ");
        } catch (ExitException e) {
            exit = e.code();
        }
        out.flush();
        List<String> lines = out.contents().isEmpty() ? List.of() : List.of(out.contents().split("\n"));
        assertEquals(want.error(), error, "uncaught error; output: " + out.contents());
        assertEquals(want.output(), lines, "output");
        assertEquals(want.exit(), exit, "exit request");
        // the host is unaffected: the engine still works, and nothing is left interrupted
        assertEquals(3L, engine.eval("(+ 1 2)"));
        assertFalse(Thread.currentThread().isInterrupted(), "the thread was left interrupted");
        if (mode.equals("untrusted") && want.error() != null) throughScriptEngine(name, text, want.error());
    }

    /** The same refusal through JSR-223: a ScriptException with the file, line and message. */
    private static void throughScriptEngine(String name, String text, String error) throws Exception {
        ScriptEngine engine = new EshkolScriptEngineFactory().getScriptEngine(EshkolOptions.defaults().withPolicy(EshkolPolicy.untrusted()));
        engine.getContext().setWriter(new StringWriter());
        engine.getContext().setAttribute(ScriptEngine.FILENAME, name, ScriptContext.ENGINE_SCOPE);
        try {
            engine.eval(text);
            fail("JSR-223 ran " + name + " under untrusted()");
        } catch (ScriptException e) {
            assertEquals(name, e.getFileName());
            String position = error.substring(0, error.indexOf(' '));
            assertEquals(position, e.getLineNumber() + ":" + e.getColumnNumber(), e.getMessage());
            assertTrue(e.getMessage().contains(error.substring(error.indexOf(' ') + 1)), e.getMessage());
        }
        assertNotNull(engine.eval("(+ 1 2)"));
        assertFalse(Thread.currentThread().isInterrupted());
    }
}
