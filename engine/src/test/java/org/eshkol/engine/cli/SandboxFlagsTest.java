package org.eshkol.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's sandbox flags: {@code --sandbox}, {@code --allow-read/-write/-net/-env}, {@code --time-limit}. */
class SandboxFlagsTest {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutFlagsTheCommandIsTrusted() {
        Run r = run("-e", "(list? (get-environment-variables))");
        assertEquals(0, r.code(), r.err());
        assertEquals("#t\n", r.out());
    }

    @Test
    void sandboxDeniesWithThePositionAndTheRule() {
        Run r = run("--sandbox", "-e", "(get-environment-variable \"HOME\")");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("<expr>:1:1: error: get-environment-variable: denied by the sandbox policy: "
                + "reading environment variable HOME: no environment access is allowed"), r.err());
    }

    @Test
    void sandboxDeniesJavaInterop() {
        Run r = run("--sandbox", "-e", "(java.lang.System:exit 42)");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("java interop: class java.lang.System is not allowed"), r.err());
    }

    @Test
    void allowWriteOpensOneDirectoryOnly() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("w"));
        Path script = tmp.resolve("s.esk");
        Files.writeString(script, """
                (call-with-output-file "%1$s/out.txt" (lambda (p) (write-string "kept" p)))
                (display (call-with-input-file "%1$s/out.txt" read-line))
                (newline)
                (delete-file "%1$s/out.txt")
                (open-input-file "%2$s")
                """.formatted(dir, script));
        Run r = run("--allow-write", dir.toString(), script.toString());
        assertEquals("kept\n", r.out(), r.err());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(":5:1: error: open-input-file: denied by the sandbox policy: reading " + script
                + " is outside the allowed read roots ["), r.err());
        assertTrue(Files.notExists(dir.resolve("out.txt")));
    }

    @Test
    void allowReadDoesNotAllowWriting() throws Exception {
        Run r = run("--allow-read", tmp.toString(), "-e", "(open-output-file \"" + tmp + "/x\")");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("writing " + tmp + "/x: no file access is allowed"), r.err());
    }

    @Test
    void allowNetAndAllowEnvOpenThoseOnly() {
        Run r = run("--allow-net", "localhost:1", "--allow-env", "PATH", "-e",
                "(display (string? (get-environment-variable \"PATH\"))) (tcp-connect \"example.com\" 80)");
        assertEquals(1, r.code());
        assertEquals("#t", r.out());
        assertTrue(r.err().contains("connecting to example.com:80 matches no allowed host:port [localhost:1]"), r.err());
    }

    @Test
    void exitUnderTheSandboxEndsTheScriptWithAnError() {
        Run r = run("--sandbox", "-e", "(exit 0)");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("script called exit with status 0; the sandbox policy ends the evaluation, not the process"), r.err());
    }

    @Test
    void timeLimitStopsALoop() {
        Run r = run("--time-limit", "200", "-e", "(let loop () (loop))");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("evaluation interrupted"), r.err());
        assertTrue(r.err().contains("eshkol: the time limit of 200 ms was exceeded"), r.err());
        assertTrue(!Thread.currentThread().isInterrupted());
    }

    @Test
    void badValuesAreUsageErrors() {
        assertEquals(2, run("--allow-net", "nohost").code());
        assertEquals(2, run("--time-limit", "soon").code());
        assertEquals(2, run("--allow-read").code());
        assertTrue(run("--help").out().contains("--sandbox"));
    }
}
