package org.eshkol.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eshkol.engine.Eshkol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the {@code eshkol} command through {@link Main#run}: scripts with arguments, {@code -e},
 * {@code check}, {@code --trace}, {@code --help}, {@code --version}, run-time error reports and exit
 * codes, the REPL fed from a pipe, and a million-deep non-tail recursion on a large-stack thread.
 */
class MainTest {
    @TempDir
    Path dir;

    /** What one run of the command printed and returned. */
    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, o, e);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path script(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void scriptSeesItsArgumentsThroughCommandLine() throws IOException {
        Path p = script("args.esk", "(write (command-line)) (newline)\n");
        Result r = run(p.toString(), "one", "two three");
        assertEquals(0, r.code(), r.err());
        assertEquals("(\"" + p + "\" \"one\" \"two three\")\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void optionsAfterTheScriptBelongToTheScript() throws IOException {
        Path p = script("opts.esk", "(write (cdr (command-line)))\n");
        Result r = run(p.toString(), "--version", "-e");
        assertEquals(0, r.code(), r.err());
        assertEquals("(\"--version\" \"-e\")", r.out());
    }

    @Test
    void evalPrintsTheValueWritten() {
        Result r = run("-e", "(string-append \"a\" \"b\")");
        assertEquals(0, r.code(), r.err());
        assertEquals("\"ab\"\n", r.out());
    }

    @Test
    void evalPrintsNothingForUnspecified() {
        Result r = run("-e", "(display 42)");
        assertEquals(0, r.code(), r.err());
        assertEquals("42", r.out());
    }

    @Test
    void checkOnACleanFileIsSilentAndSucceeds() throws IOException {
        Path p = script("clean.esk", "(define (f x) (* x 2))\n(display (f 21))\n");
        Result r = run("check", p.toString());
        assertEquals(0, r.code());
        assertEquals("", r.out(), "check must not run the program");
        assertEquals("", r.err());
    }

    @Test
    void checkOnABadFileReportsEveryErrorWithSourceLineAndCaret() throws IOException {
        Path p = script("bad.esk", "(display \"fine\")\n(display #q)\n)\n");
        Result r = run("check", p.toString());
        assertNotEquals(0, r.code());
        assertEquals("", r.out(), "check must not run the program");
        String expected = p + ":2:10: read error: unknown # syntax: #q\n"
                + "  (display #q)\n"
                + "           ^\n";
        assertTrue(r.err().startsWith(expected), r.err());
        assertTrue(r.err().contains(p + ":3:1: read error: unexpected ')'\n  )\n  ^\n"), r.err());
    }

    @Test
    void checkReportsExpandErrorsWithCaret() throws IOException {
        Path p = script("expand.esk", "(define x 1)\n  (if)\n(lambda)\n");
        Result r = run("check", p.toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains(p + ":2:3: expand error: if: bad syntax, expected (if test then [else])\n"
                + "    (if)\n    ^\n"), r.err());
        assertTrue(r.err().contains(p + ":3:1: expand error: lambda: bad syntax, expected (lambda formals body ...)"),
                r.err());
    }

    @Test
    void unbalancedParenPointsAtTheUnclosedOne() throws IOException {
        Path p = script("unclosed.esk", "(display \"fine\")\n(define (f x)\n  (+ x 1)\n");
        Result r = run(p.toString());
        assertNotEquals(0, r.code());
        assertEquals("", r.out(), "nothing runs when the file has a syntax error");
        assertTrue(r.err().startsWith(p + ":2:1: read error: unclosed '(': expected ')' before end of file\n"
                + "  (define (f x)\n  ^\n"), r.err());
    }

    @Test
    void traceExpandPrintsTheExpandedProgram() throws IOException {
        Path p = script("trace.esk", "(define (sq x) (* x x))\n(when #t (display (sq 3)))\n");
        Result r = run("--trace", "expand", p.toString());
        assertEquals(0, r.code(), r.err());
        String all = r.out() + r.err();
        assertTrue(all.contains("(define sq (lambda sq (x"), all);
        assertTrue(all.contains("(if #t"), "when is expanded to if: " + all);
    }

    @Test
    void traceOfUnknownPassIsAUsageError() throws IOException {
        Path p = script("t.esk", "1\n");
        Result r = run("--trace", "no-such-pass", p.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown pass: no-such-pass"), r.err());
    }

    @Test
    void helpPrintsUsage() {
        Result r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("Usage: eshkol"), r.out());
        assertTrue(r.out().contains("--trace PASS"), r.out());
        assertTrue(r.out().contains("read, expand"), "help names the passes: " + r.out());
    }

    @Test
    void versionPrintsTheVersion() {
        Result r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("eshkol " + Eshkol.VERSION + " "), r.out());
    }

    @Test
    void unknownOptionExitsWithTwo() {
        Result r = run("--bogus");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("eshkol: unknown option --bogus\n"), r.err());
    }

    @Test
    void missingFileExitsWithTwo() {
        Result r = run(dir.resolve("absent.esk").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void uncaughtErrorPrintsLocationMessageAndBacktrace() throws IOException {
        Path p = script("bt.esk", """
                (define (inner x) (car x))
                (define (outer y) (+ 1 (inner y)))
                (display "before")
                (newline)
                (outer 5)
                (display "not reached")
                """);
        Result r = run(p.toString());
        assertEquals(1, r.code());
        assertEquals("before\n", r.out());
        assertEquals(p + ":1:19: error: car: expected a pair, got 5\n"
                + "  at inner (" + p + ":1)\n"
                + "  at outer (" + p + ":2)\n"
                + "  at <toplevel> (" + p + ":5)\n", r.err());
    }

    @Test
    void uncaughtRaiseOfNonConditionIsReported() throws IOException {
        Path p = script("raise.esk", "(raise 'boom)\n");
        Result r = run(p.toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().startsWith(p + ":1:1: error: "), r.err());
        assertTrue(r.err().contains("boom"), r.err());
    }

    @Test
    void exitGivesItsStatus() throws IOException {
        Path p = script("exit.esk", "(display \"a\")\n(exit 3)\n(display \"b\")\n");
        Result r = run(p.toString());
        assertEquals(3, r.code());
        assertEquals("a", r.out());
    }

    @Test
    void exitFromEvalGivesItsStatus() {
        assertEquals(3, run("-e", "(exit 3)").code());
        assertEquals(0, run("-e", "(exit)").code());
        assertEquals(0, run("-e", "(exit #t)").code());
        assertEquals(1, run("-e", "(exit #f)").code());
    }

    /** The REPL fed from a pipe, in a child JVM, as a user's shell pipeline would. */
    @Test
    void replKeepsGoingAfterAnError() throws Exception {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process proc = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .redirectErrorStream(true)
                .start();
        try (var in = proc.getOutputStream()) {
            in.write("(define x 5)\n(+ x\n 1)\n(car 1)\nx\n,q\n".getBytes(StandardCharsets.UTF_8));
        }
        String all = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(proc.waitFor(60, TimeUnit.SECONDS), "REPL did not leave on ,q");
        assertEquals(0, proc.exitValue(), all);
        int six = all.indexOf("6\n");
        int error = all.indexOf("<repl-3>:1:1: error: car: expected a pair, got 1");
        int five = all.indexOf("5\n", Math.max(error, 0));
        assertTrue(six >= 0, "(+ x 1) over two lines prints 6: " + all);
        assertTrue(error > six, "(car 1) prints its error: " + all);
        assertTrue(five > error, "the REPL goes on after the error and prints x: " + all);
    }

    /** The same REPL session in-process: input that is not a console is read from System.in. */
    @Test
    void replRunsInProcessOverStreams() {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("(define x 5)\n(+ x\n 1)\n(car 1)\nx\n,q\n".getBytes(StandardCharsets.UTF_8)));
            Result r = run();
            assertEquals(0, r.code(), r.err());
            String all = r.out();
            int six = all.indexOf("6\n");
            int error = all.indexOf("<repl-3>:1:1: error: car: expected a pair, got 1");
            int five = all.indexOf("5\n", Math.max(error, 0));
            assertTrue(six >= 0 && error > six && five > error, all);
        } finally {
            System.setIn(saved);
        }
    }

    /** The README's main job: the demo runs to the end, through every memory tier. */
    @Test
    void theDemoRuns() {
        Result r = run("../examples/demo.esk");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("inside the lock"), r.out());
        assertTrue(r.out().contains("(7 14 21)"), r.out());
        assertTrue(r.out().contains("bytevector from region 'scratch' used after the region ended"), r.out());
        assertTrue(r.out().contains("ada\nsession released"), r.out());
    }

    /** eshkol analyze prints the spec's categories for the spec's escape examples. */
    @Test
    void analyzePrintsTheSpecsCategories() {
        Result r = run("analyze", "../examples/spec-escape.esk");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("3:10 result escape=return alloc=caller-region"), r.out());
        assertTrue(r.out().contains("6:10 total escape=none alloc=stack"), r.out());
        assertTrue(r.out().contains("10:10 count escape=closure alloc=shared"), r.out());
        assertTrue(r.out().contains("13:35 remember! escape=global alloc=shared"), r.out());
        assertTrue(r.out().contains("16:12 b escape=return alloc=caller-region"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("summary: none=")), r.out());
    }

    /** Ownership is remembered from one REPL input to the next: a use after close is caught before it runs. */
    @Test
    void replRemembersOwnershipAcrossInputs() {
        java.io.InputStream saved = System.in;
        try {
            String inputs = String.join("\n",
                    "(define m (make-mutex 'repl))",
                    "(define g (owned (mutex-lock m)))",
                    "(define (release!) (close g))",
                    "(release!)",
                    "(display \"ran\")",
                    "(release!)",
                    "(mutex-locked? m)",
                    ",q", "");
            System.setIn(new java.io.ByteArrayInputStream(inputs.getBytes(StandardCharsets.UTF_8)));
            Result r = run();
            assertEquals(0, r.code(), r.err());
            String all = r.out();
            assertTrue(all.contains("<repl-6>:1:1: ownership error: Use of moved value 'g'"), all);
            assertTrue(all.contains("<repl-4>:1:1: value consumed here"), all);
            org.junit.jupiter.api.Assertions.assertFalse(all.contains("already closed"), "the second release never ran: " + all);
            assertTrue(all.contains("#f"), all);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void replLeavesWithExitStatus() throws Exception {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process proc = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .redirectErrorStream(true)
                .start();
        try (var in = proc.getOutputStream()) {
            in.write("(display \"hi\")\n(exit 4)\n(display \"not reached\")\n".getBytes(StandardCharsets.UTF_8));
        }
        String all = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(proc.waitFor(60, TimeUnit.SECONDS), "REPL did not leave on (exit 4)");
        assertEquals(4, proc.exitValue(), all);
        assertTrue(all.contains("hi") && !all.contains("not reached"), all);
    }

    @Test
    void millionDeepNonTailRecursionRunsOnALargeStack() throws Exception {
        Path p = script("deep.esk", """
                (define (build n) (if (= n 0) '() (cons n (build (- n 1)))))
                (define (sum l) (if (null? l) 0 (+ (car l) (sum (cdr l)))))
                (display (sum (build 1000000)))
                (newline)
                """);
        AtomicReference<Result> result = new AtomicReference<>();
        AtomicReference<Throwable> crash = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(run(p.toString()));
            } catch (Throwable e) {
                crash.set(e);
            }
        }, "deep-recursion", 512L * 1024 * 1024);
        t.start();
        t.join(120_000);
        assertTrue(!t.isAlive(), "deep recursion did not finish");
        if (crash.get() != null) throw new AssertionError(crash.get());
        Result r = result.get();
        assertEquals(0, r.code(), r.err());
        assertEquals("500000500000\n", r.out());
    }
}
