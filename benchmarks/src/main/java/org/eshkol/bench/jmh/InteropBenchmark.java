package org.eshkol.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.engine.Eshkol;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: a warm interop call. A loop of {@value #N} calls of {@code (java.lang.Math:max i 500)} in a
 * script, against the same loop calling the builtin {@code max} and against a plain Java loop over
 * {@code Math.max}. Same settings as {@link ProgramBenchmark} (which needs a {@code Program} entry;
 * this benchmark runs its own scripts). Divide the time per run by {@value #N} for the cost of one
 * iteration.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m", "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InteropBenchmark {
    static final int N = 1_000_000;

    private static final String LOOP = "(let loop ((i 0) (acc 0)) (if (= i " + N + ") acc (loop (+ i 1) (+ acc (%s i 500)))))";

    static final int CALLBACKS = 10_000;

    private Eshkol.Compiled interop;
    private Eshkol.Compiled builtin;
    private Eshkol.Compiled callbacks;

    @Setup(Level.Trial)
    public void load() {
        Eshkol engine = new Eshkol();
        interop = engine.compile(new SourceFile("interop.esk", LOOP.formatted("java.lang.Math:max")));
        builtin = engine.compile(new SourceFile("builtin.esk", LOOP.formatted("max")));
        engine.compile(new SourceFile("list.esk", "(define java-list (java.util.ArrayList:new))"
                + " (do ((i 0 (+ i 1))) ((= i " + CALLBACKS + ")) (.add java-list i))")).run();
        callbacks = engine.compile(new SourceFile("callbacks.esk",
                "(let ((n 0)) (.forEach java-list (lambda (x) (set! n (+ n 1)))) n)"));
        if (!Long.valueOf(CALLBACKS).equals(callbacks.run())) throw new IllegalStateException("callbacks: " + callbacks.run());
        Object expected = javaLoop();
        for (Eshkol.Compiled c : new Eshkol.Compiled[] {interop, builtin}) {
            Object got = c.run();
            if (!expected.equals(got)) throw new IllegalStateException("got " + got + ", expected " + expected);
        }
    }

    @Benchmark
    public Object interopMax() { return interop.run(); }

    @Benchmark
    public Object builtinMax() { return builtin.run(); }

    @Benchmark
    public Object javaMax() { return javaLoop(); }

    /**
     * A script procedure as a Java {@code Consumer}: {@code (.forEach java-list (lambda (x) ...))} over
     * {@value #CALLBACKS} elements, per call of the procedure (adapter made once per run, included).
     */
    @Benchmark
    @OperationsPerInvocation(CALLBACKS)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public Object callback() { return callbacks.run(); }

    private static Object javaLoop() {
        long acc = 0;
        for (long i = 0; i < N; i++) acc += Math.max(i, 500);
        return acc;
    }
}
