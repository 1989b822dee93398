package org.eshkol.bench.jmh;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.util.internal.PlatformDependent;
import java.lang.reflect.Field;
import java.util.concurrent.TimeUnit;
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
 * JMH: Netty 4.2 buffer allocate+release on JDK 25 under the launcher flags that decide how Netty
 * gets direct memory. Netty 4.2.18 turns {@code sun.misc.Unsafe} off by default on Java 25+ (unless
 * {@code -Dio.netty.noUnsafe=false} or {@code --sun-misc-unsafe-memory-access=allow}); without
 * Unsafe it backs each direct chunk with {@code malloc}/{@code free} through the FFM linker when
 * native access is enabled, else with its own shared {@code java.lang.foreign.Arena}, whose close
 * is a cross-thread handshake. Each nested class runs the same benchmarks in a fork with one flag
 * set, so one JMH run compares them:
 * <ul>
 *   <li>pooled 256-byte heap and direct buffers (pool reuse: no chunk is created or freed);</li>
 *   <li>an 8 KiB buffer from an allocator whose chunks are 4 KiB (page 4096, max order 0): a huge
 *       allocation, so each one creates and frees its own chunk, as a pool does on chunk churn;</li>
 *   <li>{@code Unpooled} 256-byte heap and direct buffers.</li>
 * </ul>
 * Each fork prints what Netty decided ({@link #platform()}); {@link #main} prints it alone.
 */
@State(Scope.Thread)
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public abstract class NettyChunkBenchmark {
    private static final int SMALL = 256;
    private static final int HUGE = 8192;

    private PooledByteBufAllocator pooled;
    private PooledByteBufAllocator smallChunks;

    /** No flags: Netty's JDK 25 default (no Unsafe). */
    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
    public static class A_Default extends NettyChunkBenchmark {}

    /** What bin/eshkol passes today. */
    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "--enable-native-access=ALL-UNNAMED"})
    public static class B_NativeAccess extends NettyChunkBenchmark {}

    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "--sun-misc-unsafe-memory-access=allow"})
    public static class C_UnsafeAllow extends NettyChunkBenchmark {}

    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-Dio.netty.noUnsafe=false"})
    public static class D_NoUnsafeFalse extends NettyChunkBenchmark {}

    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "--enable-native-access=ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow"})
    public static class E_NativeAccessUnsafeAllow extends NettyChunkBenchmark {}

    @SuppressWarnings("deprecation")
    @Setup(Level.Trial)
    public void setUp() {
        pooled = PooledByteBufAllocator.DEFAULT;
        // page 4096, max order 0: 4 KiB chunks, so an 8 KiB buffer is a huge (unpooled) chunk of its own
        smallChunks = new PooledByteBufAllocator(true, 1, 1, 4096, 0);
        System.out.println();
        System.out.println("[" + getClass().getSimpleName() + "] " + platform());
    }

    /** What Netty decided in this JVM: Unsafe, the preferred buffer kind, the direct-memory cleaner. */
    public static String platform() {
        String cleaner;
        try {
            Field f = PlatformDependent.class.getDeclaredField("CLEANER");
            f.setAccessible(true);
            cleaner = f.get(null).getClass().getName();
        } catch (ReflectiveOperationException | RuntimeException e) {
            cleaner = "unknown (" + e + ")";
        }
        ByteBuf d = PooledByteBufAllocator.DEFAULT.directBuffer(SMALL);
        String direct = d.getClass().getSimpleName();
        d.release();
        Throwable cause = PlatformDependent.getUnsafeUnavailabilityCause();
        return "hasUnsafe=" + PlatformDependent.hasUnsafe()
                + " directBufferPreferred=" + PlatformDependent.directBufferPreferred()
                + " cleaner=" + cleaner
                + " pooledDirect=" + direct
                + " unsafeUnavailable=" + (cause == null ? "-" : cause.getMessage());
    }

    public static void main(String[] args) {
        System.out.println(platform());
    }

    @Benchmark
    public int pooledHeap256() {
        ByteBuf b = pooled.heapBuffer(SMALL);
        int c = b.capacity();
        b.release();
        return c;
    }

    @Benchmark
    public int pooledDirect256() {
        ByteBuf b = pooled.directBuffer(SMALL);
        int c = b.capacity();
        b.release();
        return c;
    }

    /** A new 8 KiB heap chunk each time (created and freed). */
    @Benchmark
    public int newChunkHeap8k() {
        ByteBuf b = smallChunks.heapBuffer(HUGE);
        int c = b.capacity();
        b.release();
        return c;
    }

    /** A new 8 KiB direct chunk each time (created and freed). */
    @Benchmark
    public int newChunkDirect8k() {
        ByteBuf b = smallChunks.directBuffer(HUGE);
        int c = b.capacity();
        b.release();
        return c;
    }

    @Benchmark
    public int unpooledHeap256() {
        ByteBuf b = Unpooled.buffer(SMALL);
        int c = b.capacity();
        b.release();
        return c;
    }

    @Benchmark
    public int unpooledDirect256() {
        ByteBuf b = Unpooled.directBuffer(SMALL);
        int c = b.capacity();
        b.release();
        return c;
    }
}
