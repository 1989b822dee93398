package org.eshkol.runtime.region;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.List;

/**
 * How regions opened on a thread get their memory and what they may use: the Netty allocator their
 * arena chunks come from, a byte limit per region, a nesting limit, the size of a first chunk when
 * no hint is given, and the listeners told about every region. Immutable; the engine installs one
 * per evaluation ({@link Regions#install}).
 *
 * @param allocator  where arena chunks come from; null for Netty's pooled allocator, which is only
 *                   initialised when the first chunk is taken (so engines that never open a region
 *                   never start Netty)
 * @param maxBytes   the most bytes one region may allocate
 * @param maxDepth   the deepest nesting of open regions on one thread
 * @param firstChunk the first chunk's size when a region has no size hint
 * @param listeners  told about opens, allocations and closes
 */
public record RegionPolicy(ByteBufAllocator allocator, long maxBytes, int maxDepth, int firstChunk,
                           List<RegionListener> listeners) {
    /** 1 GiB per region. */
    public static final long DEFAULT_MAX_BYTES = 1L << 30;
    /** 256 nested regions. */
    public static final int DEFAULT_MAX_DEPTH = 256;
    /** 4 KiB. */
    public static final int DEFAULT_FIRST_CHUNK = 4096;

    /** Netty's pooled allocator, default limits, no listeners. */
    public static final RegionPolicy DEFAULT = new RegionPolicy(null,
            DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_FIRST_CHUNK, List.of());

    public RegionPolicy {
        if (maxBytes < 0) throw new IllegalArgumentException("maxBytes < 0: " + maxBytes);
        if (maxDepth < 1) throw new IllegalArgumentException("maxDepth < 1: " + maxDepth);
        if (firstChunk < 8) throw new IllegalArgumentException("firstChunk < 8: " + firstChunk);
        listeners = List.copyOf(listeners);
    }

    /** The allocator chunks come from: the one given, or Netty's pooled allocator. */
    public ByteBufAllocator allocator() { return allocator != null ? allocator : Pooled.ALLOCATOR; }

    /** Holds the default allocator so that Netty initialises on first use only. */
    private static final class Pooled {
        static final ByteBufAllocator ALLOCATOR = PooledByteBufAllocator.DEFAULT;
    }

    public RegionPolicy withAllocator(ByteBufAllocator a) { return new RegionPolicy(a, maxBytes, maxDepth, firstChunk, listeners); }

    public RegionPolicy withMaxBytes(long n) { return new RegionPolicy(allocator, n, maxDepth, firstChunk, listeners); }

    public RegionPolicy withMaxDepth(int n) { return new RegionPolicy(allocator, maxBytes, n, firstChunk, listeners); }

    public RegionPolicy withFirstChunk(int n) { return new RegionPolicy(allocator, maxBytes, maxDepth, n, listeners); }

    public RegionPolicy withListener(RegionListener l) {
        RegionListener[] all = listeners.toArray(new RegionListener[listeners.size() + 1]);
        all[all.length - 1] = l;
        return new RegionPolicy(allocator, maxBytes, maxDepth, firstChunk, List.of(all));
    }
}
