package org.eshkol.bench.jmh;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.concurrent.TimeUnit;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.region.Region;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH: the cost of one allocation of {@code size} bytes (goal in a region: at most 10 ns), each
 * figure per allocation over batches of {@value #PER} allocations. The region variants open one
 * region per batch and close it after, so open, close and chunk growth are amortised over the
 * batch; against {@code new byte[size]}, a heap {@link Bytevector}, and a pooled Netty heap or
 * direct {@code ByteBuf} allocated and released per allocation. Every result goes to a
 * {@link Blackhole}, so none is optimised away.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m", "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RegionAllocationBenchmark {
    static final int PER = 1000;

    @Param({"16", "256"})
    public int size;

    /** In a region with the default first chunk (4 KiB, doubling as it fills). */
    @Benchmark
    @OperationsPerInvocation(PER)
    public void region(Blackhole bh) {
        Region r = Region.open("bench", 0);
        for (int i = 0; i < PER; i++) bh.consume(new Bytevector(r, size));
        r.close();
    }

    /** In a region whose size hint fits the whole batch: one chunk. */
    @Benchmark
    @OperationsPerInvocation(PER)
    public void regionSized(Blackhole bh) {
        Region r = Region.open("bench", (long) PER * size);
        for (int i = 0; i < PER; i++) bh.consume(new Bytevector(r, size));
        r.close();
    }

    /** Through {@link Bytevector#allocate}, as {@code make-bytevector} does: it looks up the current region each time. */
    @Benchmark
    @OperationsPerInvocation(PER)
    public void regionCurrent(Blackhole bh) {
        Region r = Region.open("bench", 0);
        for (int i = 0; i < PER; i++) bh.consume(Bytevector.allocate(size));
        r.close();
    }

    /** {@link Bytevector#allocate} outside any region: a heap bytevector. */
    @Benchmark
    @OperationsPerInvocation(PER)
    public void heapBytevector(Blackhole bh) {
        for (int i = 0; i < PER; i++) bh.consume(Bytevector.allocate(size));
    }

    @Benchmark
    @OperationsPerInvocation(PER)
    public void newByteArray(Blackhole bh) {
        for (int i = 0; i < PER; i++) bh.consume(new byte[size]);
    }

    @Benchmark
    @OperationsPerInvocation(PER)
    public void pooledHeapBuf(Blackhole bh) {
        for (int i = 0; i < PER; i++) {
            ByteBuf b = PooledByteBufAllocator.DEFAULT.heapBuffer(size);
            bh.consume(b);
            b.release();
        }
    }

    @Benchmark
    @OperationsPerInvocation(PER)
    public void pooledDirectBuf(Blackhole bh) {
        for (int i = 0; i < PER; i++) {
            ByteBuf b = PooledByteBufAllocator.DEFAULT.directBuffer(size);
            bh.consume(b);
            b.release();
        }
    }
}
