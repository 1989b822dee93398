package org.eshkol.bench.jmh;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.bench.Program;
import org.eshkol.engine.Eshkol;
import org.eshkol.engine.EshkolOptions;
import org.eshkol.runtime.region.Region;
import org.eshkol.runtime.region.RegionListener;
import org.eshkol.runtime.region.RegionPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: what escape analysis buys on a region-heavy, per-request program (the harness's
 * {@code requests}), with it ({@code on}) and without it ({@code off}, {@code --no-escape-analysis}).
 * Each request runs in its own region: it
 * parses a 512-byte message into 32 field bytevectors, keeps the even-valued ones, transforms each
 * into a new bytevector, and summarizes them into a 64-byte result that is returned from the region
 * (so the request's caller gets it). Without the analysis the result is allocated in the region and
 * copied out at exit; with it, it is allocated in the caller's region (here the heap) directly.
 * Figures are per request; the teardown prints promotions and bytes copied per request.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m", "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EscapeAnalysisBenchmark {
    /** The requests program of the comparison harness ({@code programs/requests.esk}): {@code (run)} is 2000 requests. */
    static final int REQUESTS = 2000;

    @Param({"on", "off"})
    public String escape;

    private Eshkol.Compiled run;
    private final LongAdder promotions = new LongAdder();
    private final LongAdder promotedBytes = new LongAdder();
    private final LongAdder requests = new LongAdder();

    @Setup(Level.Trial)
    public void load() {
        RegionListener count = new RegionListener() {
            @Override
            public void closed(Region r) {
                promotions.add(r.promotions());
                promotedBytes.add(r.promotedBytes());
                requests.increment();
            }
        };
        Eshkol engine = new Eshkol(EshkolOptions.defaults().withEscapeAnalysis(escape.equals("on"))
                .withRegions(RegionPolicy.DEFAULT.withListener(count)));
        engine.compile(new SourceFile("requests.esk", Program.REQUESTS.source("esk"))).run();
        run = engine.compile(new SourceFile("run.esk", "(run)"));
        run.run();
    }

    @TearDown(Level.Trial)
    public void report() {
        long n = Math.max(1, requests.sum());
        System.out.printf("%n[escape=%s] per request: %.2f promotions, %.1f bytes copied (%d requests)%n",
                escape, promotions.sum() / (double) n, promotedBytes.sum() / (double) n, n);
    }

    /** One request: a region, 32 parsed fields, transforms, a summary returned from the region. */
    @Benchmark
    @OperationsPerInvocation(REQUESTS)
    public Object request() { return run.run(); }
}
