package org.eshkol.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.engine.Eshkol;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.F64vector;
import org.eshkol.runtime.region.Region;
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
 * JMH: reading arena storage against heap storage (goal: arena loops within 1.5x of heap loops).
 * Java loops summing a {@value #BYTES}-byte {@link Bytevector} through {@link Bytevector#get} and a
 * {@value #DOUBLES}-element {@link F64vector} through {@link F64vector#get}, each once in an open
 * region's arena and once on the heap (a plain {@code byte[]} loop as the floor); and Eshkol
 * named-let loops summing a bytevector or f64vector made inside a {@code with-region} against the
 * same loop without the region (the region's open, allocation and close are inside the timing:
 * tens of nanoseconds against microseconds of loop).
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m", "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ArenaAccessBenchmark {
    static final int BYTES = 4096;
    static final int DOUBLES = 512;

    private static final String BYTE_SUM = """
            (let ((b (make-bytevector %d 3)))
              (let loop ((i 0) (acc 0))
                (if (= i %d) acc (loop (+ i 1) (+ acc (bytevector-u8-ref b i))))))
            """.formatted(BYTES, BYTES);

    private static final String F64_SUM = """
            (let ((v (make-f64vector %d 0.5)))
              (let loop ((i 0) (acc 0.0))
                (if (= i %d) acc (loop (+ i 1) (+ acc (f64vector-ref v i))))))
            """.formatted(DOUBLES, DOUBLES);

    private Region region;
    private byte[] plain;
    private Bytevector heapBytes;
    private Bytevector arenaBytes;
    private F64vector heapDoubles;
    private F64vector arenaDoubles;
    private Eshkol.Compiled bytesInRegion;
    private Eshkol.Compiled bytesOnHeap;
    private Eshkol.Compiled doublesInRegion;
    private Eshkol.Compiled doublesOnHeap;

    @Setup(Level.Trial)
    public void setUp() {
        region = Region.create("access", 0);
        plain = new byte[BYTES];
        heapBytes = new Bytevector(Region.HEAP, BYTES);
        arenaBytes = new Bytevector(region, BYTES);
        for (int i = 0; i < BYTES; i++) {
            plain[i] = (byte) (i * 31);
            heapBytes.set(i, i * 31);
            arenaBytes.set(i, i * 31);
        }
        heapDoubles = new F64vector(Region.HEAP, DOUBLES);
        arenaDoubles = new F64vector(region, DOUBLES);
        for (int i = 0; i < DOUBLES; i++) {
            heapDoubles.set(i, i * 0.25);
            arenaDoubles.set(i, i * 0.25);
        }
        if (arenaBytes.onHeap() || arenaDoubles.onHeap()) throw new IllegalStateException("arena values on the heap");
        RegionLifecycleBenchmark.expect(javaBytesArena(), javaBytesHeap());
        RegionLifecycleBenchmark.expect(javaDoublesArena(), javaDoublesHeap());

        Eshkol engine = new Eshkol();
        bytesInRegion = engine.compile(new SourceFile("bytes-region.esk", "(with-region 'sum " + BYTE_SUM + ")"));
        bytesOnHeap = engine.compile(new SourceFile("bytes-heap.esk", BYTE_SUM));
        doublesInRegion = engine.compile(new SourceFile("f64-region.esk", "(with-region 'sum " + F64_SUM + ")"));
        doublesOnHeap = engine.compile(new SourceFile("f64-heap.esk", F64_SUM));
        RegionLifecycleBenchmark.expect(bytesInRegion.run(), 3L * BYTES);
        RegionLifecycleBenchmark.expect(bytesOnHeap.run(), 3L * BYTES);
        RegionLifecycleBenchmark.expect(doublesInRegion.run(), 0.5 * DOUBLES);
        RegionLifecycleBenchmark.expect(doublesOnHeap.run(), 0.5 * DOUBLES);
    }

    @TearDown(Level.Trial)
    public void tearDown() { region.close(); }

    @Benchmark
    public long javaByteArray() {
        byte[] a = plain;
        long s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] & 0xff;
        return s;
    }

    @Benchmark
    public Long javaBytesHeap() { return sum(heapBytes); }

    @Benchmark
    public Long javaBytesArena() { return sum(arenaBytes); }

    @Benchmark
    public Double javaDoublesHeap() { return sum(heapDoubles); }

    @Benchmark
    public Double javaDoublesArena() { return sum(arenaDoubles); }

    @Benchmark
    public Object eshkolBytesHeap() { return bytesOnHeap.run(); }

    @Benchmark
    public Object eshkolBytesRegion() { return bytesInRegion.run(); }

    @Benchmark
    public Object eshkolDoublesHeap() { return doublesOnHeap.run(); }

    @Benchmark
    public Object eshkolDoublesRegion() { return doublesInRegion.run(); }

    private static long sum(Bytevector b) {
        long s = 0;
        for (int i = 0, n = b.length(); i < n; i++) s += b.get(i);
        return s;
    }

    private static double sum(F64vector v) {
        double s = 0;
        for (int i = 0, n = v.length(); i < n; i++) s += v.get(i);
        return s;
    }
}
