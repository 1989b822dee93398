package org.eshkol.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.engine.Eshkol;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.region.Region;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: the store check ({@code org.eshkol.runtime.region.Escapes}) that every {@code set!} of a
 * global, {@code set-car!}, {@code vector-set!} and so on runs. A script pushes {@value #N} pairs onto
 * a global list with {@code (set! g (cons i g))}; figures are per store. Three cases: no arena holds
 * memory anywhere (the one-volatile-read fast path); an arena holds memory on some other region of
 * the process but this thread is outside any region (as when another thread runs a region); and
 * the same loop inside a {@code with-region} that has allocated a bytevector, where each store of
 * a pair walks what the pair reaches: the whole list built so far.
 *
 * <p>The record-setter cases do the same through a {@code define-record-type} setter,
 * {@code (set-cell-v! c (cons i (cell-v c)))}, inside a region that has allocated, compiled by one
 * engine with escape analysis (which proves the stored list holds no region value, so the setter's
 * store skips the walk) and by one with {@code --no-escape-analysis} (the walk on every store).
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m", "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RegionStoreBenchmark {
    static final int N = 1000;

    private static final String DEFINITIONS = """
            (define g '())
            (define (build n)
              (set! g '())
              (let loop ((i 0))
                (if (< i n) (begin (set! g (cons i g)) (loop (+ i 1)))))
              (length g))
            """;

    /** One unit, so that the analysis sees the setter and the region together. */
    private static final String RECORD_DEFINITIONS = """
            (define-record-type cell (make-cell v) cell? (v cell-v set-cell-v!))
            (define c (make-cell '()))
            (define (fill n)
              (set-cell-v! c '())
              (let loop ((i 0))
                (if (< i n) (begin (set-cell-v! c (cons i (cell-v c))) (loop (+ i 1)))))
              (length (cell-v c)))
            (define (fill-in-region n) (with-region 'r (make-bytevector 16) (fill n)))
            """;

    private Eshkol.Compiled outside;
    private Eshkol.Compiled setterAnalysed;
    private Eshkol.Compiled setterUnanalysed;
    private Eshkol.Compiled inside;
    private Region elsewhere;

    @Setup(Level.Trial)
    public void load() {
        Eshkol engine = new Eshkol();
        engine.compile(new SourceFile("defs.esk", DEFINITIONS)).run();
        outside = engine.compile(new SourceFile("outside.esk", "(build " + N + ")"));
        inside = engine.compile(new SourceFile("inside.esk", "(with-region 'r (make-bytevector 16) (build " + N + "))"));
        RegionLifecycleBenchmark.expect(outside.run(), (long) N);
        RegionLifecycleBenchmark.expect(inside.run(), (long) N);
        setterAnalysed = recordSetterUnit(true);
        setterUnanalysed = recordSetterUnit(false);
        RegionLifecycleBenchmark.expect(setterAnalysed.run(), (long) N);
        RegionLifecycleBenchmark.expect(setterUnanalysed.run(), (long) N);
    }

    private static Eshkol.Compiled recordSetterUnit(boolean escapeAnalysis) {
        Eshkol engine = new Eshkol(org.eshkol.engine.EshkolOptions.defaults().withEscapeAnalysis(escapeAnalysis));
        engine.compile(new SourceFile("cells.esk", RECORD_DEFINITIONS)).run();
        return engine.compile(new SourceFile("fill.esk", "(fill-in-region " + N + ")"));
    }

    /** Some region holding a chunk while this thread is outside any region (not made current). */
    private void openElsewhere() {
        elsewhere = Region.create("elsewhere", 0);
        new Bytevector(elsewhere, 16);
    }

    @TearDown(Level.Iteration)
    public void closeElsewhere() {
        if (elsewhere != null) elsewhere.close();
        elsewhere = null;
    }

    /** No arena holds memory: the fast path. */
    @Benchmark
    @OperationsPerInvocation(N)
    public Object noArenaLive() { return outside.run(); }

    /** Outside any region while some arena holds memory. */
    @Benchmark
    @OperationsPerInvocation(N)
    public Object otherArenaLive() {
        if (elsewhere == null) openElsewhere();
        return outside.run();
    }

    /** Inside a region that has allocated: each store checks the list built so far. */
    @Benchmark
    @OperationsPerInvocation(N)
    public Object insideRegion() { return inside.run(); }

    /** A record setter inside a region that has allocated, its stores proven by escape analysis: no walk. */
    @Benchmark
    @OperationsPerInvocation(N)
    public Object recordSetterInsideRegion() { return setterAnalysed.run(); }

    /** The same with {@code --no-escape-analysis}: each store walks the list built so far. */
    @Benchmark
    @OperationsPerInvocation(N)
    public Object recordSetterInsideRegionNoEscapeAnalysis() { return setterUnanalysed.run(); }
}
