package org.eshkol.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.engine.Eshkol;
import org.eshkol.runtime.data.HashTable;
import org.eshkol.runtime.shared.Shared;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: the cost of a frame for shared-value counts handed on through results (Tier 4).
 * {@code emptyFrame}: entering and leaving a frame with nothing handed to it while a shared value is
 * alive (the frame cost on a shared-using path). {@code handedOnThroughList}: a loop of {@value #N}
 * steps whose procedure returns {@code (list s)} (the count goes to the caller's let frame, which
 * releases it), against {@code returnedDirectly}, the same loop returning {@code s} itself (the
 * caller's binding holds the count; no frame). {@code returnedDirectlyThroughApply}: the same loop
 * sharing through {@code (apply shared ...)}, whose site is found by walking the stack, where the
 * direct call's site is a constant compiled into the call. {@code temporaryReleased}: the same loop
 * using {@code (shared (vector i))} unbound, as an argument of {@code vector-ref}: its creation count
 * goes to the frame around that call, which releases it each iteration.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m", "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SharedFrameBenchmark {
    static final int N = 100_000;

    private static final String LIST = """
            (define (mk i) (let ((s (shared (vector i)))) (list s)))
            (define (run n) (let loop ((i 0) (acc 0)) (if (= i n) acc (loop (+ i 1) (+ acc (let ((p (mk i))) (vector-ref (car p) 0)))))))
            """;

    private static final String DIRECT = """
            (define (mk i) (let ((s (shared (vector i)))) s))
            (define (run n) (let loop ((i 0) (acc 0)) (if (= i n) acc (loop (+ i 1) (+ acc (let ((p (mk i))) (vector-ref p 0)))))))
            """;

    private static final String APPLY = """
            (define (mk i) (let ((s (apply shared (list (vector i))))) s))
            (define (run n) (let loop ((i 0) (acc 0)) (if (= i n) acc (loop (+ i 1) (+ acc (let ((p (mk i))) (vector-ref p 0)))))))
            """;

    private static final String TEMPORARY = """
            (define (run n) (let loop ((i 0) (acc 0)) (if (= i n) acc (loop (+ i 1) (+ acc (vector-ref (shared (vector i)) 0))))))
            """;

    private HashTable alive;
    private final Object result = new Object();
    private Eshkol.Compiled list;
    private Eshkol.Compiled direct;
    private Eshkol.Compiled applied;
    private Eshkol.Compiled temporary;

    @Setup(Level.Trial)
    public void setUp() {
        alive = new HashTable();
        Shared.share(alive); // a shared value alive: the frame takes its slow path
        list = loop(LIST);
        direct = loop(DIRECT);
        Object a = list.run();
        applied = loop(APPLY);
        Object b = direct.run();
        Object c = applied.run();
        temporary = loop(TEMPORARY);
        Object d = temporary.run();
        if (!a.equals(d)) throw new IllegalStateException("list loop gave " + a + ", temporary loop " + d);
        if (!a.equals(b)) throw new IllegalStateException("list loop gave " + a + ", direct loop " + b);
        if (!a.equals(c)) throw new IllegalStateException("list loop gave " + a + ", apply loop " + c);
    }

    @TearDown(Level.Trial)
    public void tearDown() { Shared.release(alive); }

    private static Eshkol.Compiled loop(String definitions) {
        Eshkol engine = new Eshkol();
        engine.compile(new SourceFile("mk.esk", definitions)).run();
        return engine.compile(new SourceFile("loop.esk", "(run " + N + ")"));
    }

    @Benchmark
    public Object emptyFrame() {
        int mark = Shared.frameEnter();
        Shared.frameExit(mark, result);
        return result;
    }

    /** Per iteration: divide by {@value #N}. */
    @Benchmark
    public Object handedOnThroughList() { return list.run(); }

    /** Per iteration: divide by {@value #N}. */
    @Benchmark
    public Object returnedDirectly() { return direct.run(); }

    /** Per iteration: divide by {@value #N}. */
    @Benchmark
    public Object returnedDirectlyThroughApply() { return applied.run(); }

    /** Per iteration: divide by {@value #N}. */
    @Benchmark
    public Object temporaryReleased() { return temporary.run(); }
}
