package org.eshkol.bench.jmh;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.concurrent.TimeUnit;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.engine.Eshkol;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.DynamicState;
import org.eshkol.runtime.region.Region;
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
 * JMH: the cost of one region's life, open to close (goal: at most 100 ns with one small allocation,
 * so the arena takes its first pooled chunk). From Java ({@link Region#open} ... {@link Region#close})
 * and from a script ({@code with-region} in a compiled procedure called {@value #CALLS} times from a
 * named-let loop; the scripts' figures are per call, loop included, so {@link #scriptNoRegion} is
 * their floor). The pooled 4 KiB heap buffer allocate+release alone is the floor of the chunk part.
 *
 * <p>{@code allocator}: {@code default} is {@link RegionPolicy#DEFAULT} ({@code PooledByteBufAllocator.DEFAULT},
 * which in Netty 4.2 keeps no thread-local cache for threads other than Netty's own
 * {@code FastThreadLocalThread}s, so every chunk is taken under an arena lock); {@code threadCache}
 * installs, in this thread's {@link DynamicState#regionPolicy}, a pooled allocator with
 * {@code useCacheForAllThreads=true} and otherwise Netty's defaults. {@link #nanoTime} and
 * {@link #dynamicState} time two things every open and close does, for attribution.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m", "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RegionLifecycleBenchmark {
    static final int CALLS = 1000;

    private static final String DEFINITIONS = """
            (define (empty) (with-region 'bench 0))
            (define (one) (with-region 'bench (bytevector-length (make-bytevector 16))))
            (define (heap) (bytevector-length (make-bytevector 16)))
            """;

    private static final String LOOP = "(let loop ((i 0) (acc 0)) (if (= i " + CALLS + ") acc (loop (+ i 1) (+ acc (%s)))))";

    @Param({"default", "threadCache"})
    public String allocator;

    private ByteBufAllocator chunks;
    private Eshkol.Compiled empty;
    private Eshkol.Compiled one;
    private Eshkol.Compiled heap;

    @Setup(Level.Trial)
    public void load() {
        DynamicState.current().regionPolicy = policy(allocator);
        chunks = DynamicState.current().regionPolicy.allocator();
        Eshkol engine = new Eshkol();
        engine.compile(new SourceFile("defs.esk", DEFINITIONS)).run();
        empty = engine.compile(new SourceFile("empty.esk", LOOP.formatted("empty")));
        one = engine.compile(new SourceFile("one.esk", LOOP.formatted("one")));
        heap = engine.compile(new SourceFile("heap.esk", LOOP.formatted("heap")));
        expect(empty.run(), 0L);
        expect(one.run(), 16L * CALLS);
        expect(heap.run(), 16L * CALLS);
        if (Region.current() != null) throw new IllegalStateException("a region is still open: " + Region.current());
    }

    /** The region policy named by {@code allocator}. */
    static RegionPolicy policy(String allocator) {
        return switch (allocator) {
            case "default" -> RegionPolicy.DEFAULT;
            case "threadCache" -> RegionPolicy.DEFAULT.withAllocator(new PooledByteBufAllocator(false,
                    PooledByteBufAllocator.defaultNumHeapArena(), PooledByteBufAllocator.defaultNumDirectArena(),
                    PooledByteBufAllocator.defaultPageSize(), PooledByteBufAllocator.defaultMaxOrder(),
                    PooledByteBufAllocator.defaultSmallCacheSize(), PooledByteBufAllocator.defaultNormalCacheSize(), true));
            default -> throw new IllegalArgumentException("allocator: " + allocator);
        };
    }

    /** The policy must be the one set up, on the thread that runs the benchmark. */
    @TearDown(Level.Iteration)
    public void checkPolicy() {
        if (DynamicState.current().regionPolicy.allocator() != chunks) throw new IllegalStateException("policy not installed on the benchmark thread");
    }

    static void expect(Object got, Object expected) {
        if (!expected.equals(got)) throw new IllegalStateException("got " + got + ", expected " + expected);
    }

    /** Open and close, nothing allocated: no chunk is taken. */
    @Benchmark
    public Region javaEmpty() {
        Region r = Region.open("bench", 0);
        r.close();
        return r;
    }

    /** Open, one 16-byte bytevector (the arena takes its first chunk: 4 KiB, the default), close. */
    @Benchmark
    public int javaOneAllocation() {
        Region r = Region.open("bench", 0);
        Bytevector b = new Bytevector(r, 16);
        r.close();
        return b.length();
    }

    /** The same with a 256-byte size hint, so the first chunk is 256 bytes. */
    @Benchmark
    public int javaOneAllocationHint256() {
        Region r = Region.open("bench", 256);
        Bytevector b = new Bytevector(r, 16);
        r.close();
        return b.length();
    }

    /** The allocator part alone: what taking and returning a 4 KiB first chunk costs. */
    @Benchmark
    public int pooledChunkOnly() {
        ByteBuf b = chunks.heapBuffer(4096, 4096);
        int c = b.capacity();
        b.release();
        return c;
    }

    /** {@code System.nanoTime()}: a region reads the clock at open and at close. */
    @Benchmark
    public long nanoTime() { return System.nanoTime(); }

    /** The thread-local lookup of {@link DynamicState}: open and close each do one. */
    @Benchmark
    public DynamicState dynamicState() { return DynamicState.current(); }

    /** {@code (with-region 'bench 0)}, per call. */
    @Benchmark
    @OperationsPerInvocation(CALLS)
    public Object scriptEmpty() { return empty.run(); }

    /** {@code (with-region 'bench (bytevector-length (make-bytevector 16)))}, per call. */
    @Benchmark
    @OperationsPerInvocation(CALLS)
    public Object scriptOneAllocation() { return one.run(); }

    /** {@code (bytevector-length (make-bytevector 16))} on the heap, per call: the loop and call floor. */
    @Benchmark
    @OperationsPerInvocation(CALLS)
    public Object scriptNoRegion() { return heap.run(); }
}
