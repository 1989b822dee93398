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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: ownership is a compile-time fact. A loop of {@value #N} steps, each making a pair, moving it
 * to a second binding, borrowing it and returning it, written with {@code owned}, {@code move} and
 * {@code borrow} and the same loop written without them. Both must take the same time: the forms
 * compile to their value or body.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m", "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OwnershipBenchmark {
    static final int N = 1_000_000;

    private static final String OWNED = """
            (define (step i)
              (let ((v (owned (cons i i))))
                (let ((w (move v)))
                  (borrow w (+ (car w) (cdr w)))
                  w)))
            """;

    private static final String PLAIN = """
            (define (step i)
              (let ((v (cons i i)))
                (let ((w v))
                  (+ (car w) (cdr w))
                  w)))
            """;

    private static final String LOOP = "(let loop ((i 0) (acc 0)) (if (= i " + N + ") acc (loop (+ i 1) (+ acc (car (step i))))))";

    private Eshkol.Compiled owned;
    private Eshkol.Compiled plain;

    @Setup(Level.Trial)
    public void load() {
        owned = loop(OWNED);
        plain = loop(PLAIN);
        Object a = owned.run();
        Object b = plain.run();
        if (!a.equals(b)) throw new IllegalStateException("owned loop gave " + a + ", plain loop " + b);
    }

    private static Eshkol.Compiled loop(String definitions) {
        Eshkol engine = new Eshkol();
        engine.compile(new SourceFile("step.esk", definitions)).run();
        return engine.compile(new SourceFile("loop.esk", LOOP));
    }

    @Benchmark
    public Object withOwnership() { return owned.run(); }

    @Benchmark
    public Object withoutOwnership() { return plain.run(); }
}
