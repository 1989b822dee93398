package org.eshkol.runtime.region;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One thread's spare first chunk: the first chunk of its last region, kept when that region closed
 * so the thread's next region starts without a trip through the allocator. Taking a pooled buffer
 * from Netty and giving it back costs 58-66 ns on the machines we measure on (thread-cache queues,
 * the chunk's pinned-memory counters, the reference count), more than half of a region's life; the
 * spare costs one compare-and-set.
 *
 * <p>Bounded and visible: at most one chunk per thread, of exactly the policy's first-chunk size
 * ({@link RegionPolicy#firstChunk()}, 4 KiB by default), from the same allocator. It is what Netty's
 * own per-thread cache does one level down, with a fixed bound. A policy can turn it off
 * ({@link RegionPolicy#withSpareChunk}). {@link Region#releaseSpareChunks()}
 * gives every thread's spare back (a health check, a test's leak check, a server shutting down);
 * a dead thread's spare is given back when the thread bookkeeping is pruned.
 *
 * <p>Safe to reuse: values of the region that used the chunk before have a generation that no longer
 * matches, so they fail instead of reading it, and every allocation is zeroed.
 *
 * <p>Only the owner thread takes and keeps; any thread may {@link #releaseNow} (the slot changes by
 * atomic exchange, so a buffer is released exactly once).
 */
final class SpareChunk {
    private static final VarHandle SPARE;
    static {
        try {
            SPARE = MethodHandles.lookup().findVarHandle(SpareChunk.class, "spare", ByteBuf.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Thread owner;
    @SuppressWarnings("unused") private ByteBuf spare;

    SpareChunk(Thread owner) { this.owner = owner; }

    /**
     * The spare, if it is exactly {@code size} bytes from {@code allocator} and this is the owner
     * thread; null otherwise. A spare that does not fit is released (the policy changed).
     */
    ByteBuf take(ByteBufAllocator allocator, int size) {
        ByteBuf s = (ByteBuf) SPARE.getOpaque(this);
        if (s == null || Thread.currentThread() != owner || !SPARE.compareAndSet(this, s, null)) return null;
        if (s.capacity() == size && s.alloc() == allocator) return s;
        s.release();
        return null;
    }

    /**
     * Keeps {@code chunk} (a first chunk whose region has ended) as the spare, when this is the owner
     * thread, the chunk is the first-chunk size of {@code policy}, and there is no spare yet. False
     * when it was not kept: the caller releases it.
     */
    boolean keep(ByteBuf chunk, RegionPolicy policy) {
        if (!policy.spareChunk() || Thread.currentThread() != owner || chunk.capacity() != policy.firstChunk()
                || chunk.alloc() != policy.allocator() || SPARE.getOpaque(this) != null) return false;
        SPARE.setRelease(this, chunk); // only the owner fills the slot: nothing can fill it meanwhile
        return true;
    }

    /** Releases the spare to its allocator now, from any thread; returns the bytes released. */
    int releaseNow() {
        ByteBuf s = (ByteBuf) SPARE.getAndSet(this, null);
        if (s == null) return 0;
        int n = s.capacity();
        s.release();
        return n;
    }

    /** The spare's size in bytes, or 0. */
    int bytes() {
        ByteBuf s = (ByteBuf) SPARE.getAcquire(this);
        return s == null ? 0 : s.capacity();
    }
}
