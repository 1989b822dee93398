package org.eshkol.bench.jmh;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.data.HashTable;
import org.eshkol.runtime.shared.Shared;
import org.eshkol.runtime.shared.WeakRef;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
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
 * JMH: the two count goals for Tier-4 shared values, uncontended, through the Java API the
 * runtime functions mirror. {@code retainRelease}: {@code shared_retain} then {@code shared_release}
 * of a live value (goal: at most 10 ns a pair). {@code strongRefOfLiveWeak}: {@code weak_ref_upgrade}
 * of a weak reference to a live value, then the release of the count it took (goal: at most 20 ns).
 * {@code atomicPair}: an {@code AtomicLong} incremented and decremented, the floor of any pair of
 * atomic count updates on this machine. {@code retainReleaseElsewhere}: the pair on a value another
 * (live) thread shared, so counted in the atomic shared part rather than the owner's biased part.
 * {@code retainCallRelease}, {@code atomicCallPair} and {@code callOnly}: the same pairs with a call
 * the JIT may not inline between the two halves, so it can neither cancel the owner's plain increment
 * against its decrement nor keep the count in a register: what a scope that holds a count around real
 * work pays. {@code callOnly} is their floor.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m", "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SharedCountBenchmark {
    private HashTable value;
    private WeakRef weak;
    private final AtomicLong counter = new AtomicLong(1);
    private HashTable elsewhere;
    private Thread owner;
    private final CountDownLatch ownerMayRelease = new CountDownLatch(1);

    @Setup(Level.Trial)
    public void setUp() throws InterruptedException {
        value = new HashTable();
        Shared.share(value);
        weak = Shared.weakRef(value);
        if (Shared.refCount(value) != 1) throw new IllegalStateException("count " + Shared.refCount(value));
        elsewhere = new HashTable();
        CountDownLatch shared = new CountDownLatch(1);
        owner = new Thread(() -> {
            Shared.share(elsewhere);
            shared.countDown();
            try {
                ownerMayRelease.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Shared.release(elsewhere);
        }, "shared-count-benchmark-owner");
        owner.setDaemon(true);
        owner.start();
        shared.await();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        if (Shared.refCount(value) != 1) throw new IllegalStateException("count drifted to " + Shared.refCount(value));
        Shared.release(value);
        if (weak.isLive()) throw new IllegalStateException("released value still reachable through its weak reference");
        ownerMayRelease.countDown();
        owner.join();
        if (Shared.isShared(elsewhere)) throw new IllegalStateException("count elsewhere drifted to " + Shared.refCount(elsewhere));
    }

    @Benchmark
    public Object retainRelease() {
        Shared.retain(value);
        Shared.release(value);
        return value;
    }

    @Benchmark
    public Object strongRefOfLiveWeak() {
        Object v = Shared.upgrade(weak);
        Shared.release(v);
        return v;
    }

    @Benchmark
    public Object retainReleaseElsewhere() {
        Shared.retain(elsewhere);
        Shared.release(elsewhere);
        return elsewhere;
    }

    @Benchmark
    public long atomicPair() {
        counter.incrementAndGet();
        return counter.decrementAndGet();
    }

    @Benchmark
    public Object retainCallRelease() {
        Shared.retain(value);
        opaque(value);
        Shared.release(value);
        return value;
    }

    @Benchmark
    public long atomicCallPair() {
        counter.incrementAndGet();
        opaque(counter);
        return counter.decrementAndGet();
    }

    /**
     * A shared value's whole life from Java: a fresh pair of two numbers shared (header, registry,
     * the walk for counts its slots hold) and released (destroyed: registry, the walk giving them back).
     */
    @Benchmark
    public Object shareAndRelease() {
        Object p = new Pair(1L, 2L);
        Shared.share(p);
        Shared.release(p);
        return p;
    }

    /** The same with the site given by the caller, so sharing walks no stack. */
    @Benchmark
    public Object shareAndReleaseWithSite() {
        Object p = new Pair(1L, 2L);
        Shared.share(p, null, "SharedCountBenchmark");
        Shared.release(p);
        return p;
    }

    @Benchmark
    public Object callOnly() {
        opaque(value);
        return value;
    }

    /** A call the JIT keeps: whatever it could know about the heap before it, it must reload after. */
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    private static void opaque(Object v) {}
}
