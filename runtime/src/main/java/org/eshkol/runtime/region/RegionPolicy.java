package org.eshkol.runtime.region;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.List;

/**
 * How regions opened on a thread get their memory and what they may use: the Netty allocator their
 * arena chunks come from, a byte limit per region, a nesting limit, the size of a first chunk when
 * no hint is given, and the listeners told about every region. Immutable; the engine installs one
 * per evaluation ({@link org.eshkol.runtime.EvaluationScope}).
 *
 * @param allocator  where arena chunks come from; null for {@link #defaultAllocator()}, which is
 *                   only initialised when the first chunk is taken (so engines that never open a
 *                   region never start Netty)
 * @param maxBytes   the most bytes one region may allocate
 * @param maxDepth   the deepest nesting of open regions on one thread
 * @param firstChunk the first chunk's size when a region has no size hint
 * @param listeners  told about opens, allocations and closes
 * @param spareChunk whether each thread keeps its last region's first chunk for its next region
 *                   ({@link SpareChunk}: at most one chunk of {@code firstChunk} bytes per thread,
 *                   given back by {@link Region#releaseSpareChunks()}); when false every chunk goes
 *                   back to the allocator when its region ends
 */
public record RegionPolicy(ByteBufAllocator allocator, long maxBytes, int maxDepth, int firstChunk,
                           List<RegionListener> listeners, boolean spareChunk) {
    /** 1 GiB per region. */
    public static final long DEFAULT_MAX_BYTES = 1L << 30;
    /** 256 nested regions. */
    public static final int DEFAULT_MAX_DEPTH = 256;
    /** 4 KiB. */
    public static final int DEFAULT_FIRST_CHUNK = 4096;

    /** Netty's pooled allocator, default limits, no listeners. */
    public static final RegionPolicy DEFAULT = new RegionPolicy(null,
            DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_FIRST_CHUNK, List.of(), true);

    public RegionPolicy {
        if (maxBytes < 0) throw new IllegalArgumentException("maxBytes < 0: " + maxBytes);
        if (maxDepth < 1) throw new IllegalArgumentException("maxDepth < 1: " + maxDepth);
        if (firstChunk < 8) throw new IllegalArgumentException("firstChunk < 8: " + firstChunk);
        listeners = List.copyOf(listeners);
    }

    /** A policy whose threads keep a spare first chunk (the default). */
    public RegionPolicy(ByteBufAllocator allocator, long maxBytes, int maxDepth, int firstChunk, List<RegionListener> listeners) {
        this(allocator, maxBytes, maxDepth, firstChunk, listeners, true);
    }

    /** The allocator chunks come from: the one given, or {@link #defaultAllocator()}. */
    public ByteBufAllocator allocator() { return allocator != null ? allocator : Pooled.ALLOCATOR; }

    /**
     * The default: a pooled heap allocator of Netty's default geometry that, unlike
     * {@code PooledByteBufAllocator.DEFAULT} in Netty 4.2, keeps a thread cache on every thread, not
     * only Netty's own: scripts run on caller or executor threads, where taking and returning a
     * first chunk through the shared arenas costs 110-170 ns.
     */
    public static PooledByteBufAllocator defaultAllocator() { return Pooled.ALLOCATOR; }

    /** Holds the default allocator so that Netty initialises on first use only. */
    private static final class Pooled {
        static final PooledByteBufAllocator ALLOCATOR = new PooledByteBufAllocator(false,
                PooledByteBufAllocator.defaultNumHeapArena(), 0, PooledByteBufAllocator.defaultPageSize(),
                PooledByteBufAllocator.defaultMaxOrder(), PooledByteBufAllocator.defaultSmallCacheSize(),
                PooledByteBufAllocator.defaultNormalCacheSize(), true);
    }

    public RegionPolicy withAllocator(ByteBufAllocator a) { return new RegionPolicy(a, maxBytes, maxDepth, firstChunk, listeners, spareChunk); }

    public RegionPolicy withMaxBytes(long n) { return new RegionPolicy(allocator, n, maxDepth, firstChunk, listeners, spareChunk); }

    public RegionPolicy withMaxDepth(int n) { return new RegionPolicy(allocator, maxBytes, n, firstChunk, listeners, spareChunk); }

    public RegionPolicy withFirstChunk(int n) { return new RegionPolicy(allocator, maxBytes, maxDepth, n, listeners, spareChunk); }

    /** Whether threads keep a spare first chunk between regions ({@link SpareChunk}). */
    public RegionPolicy withSpareChunk(boolean keep) { return new RegionPolicy(allocator, maxBytes, maxDepth, firstChunk, listeners, keep); }

    public RegionPolicy withListener(RegionListener l) {
        RegionListener[] all = listeners.toArray(new RegionListener[listeners.size() + 1]);
        all[all.length - 1] = l;
        return new RegionPolicy(allocator, maxBytes, maxDepth, firstChunk, List.of(all), spareChunk);
    }
}
