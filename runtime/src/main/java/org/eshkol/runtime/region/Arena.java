package org.eshkol.runtime.region;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.util.Arrays;

/**
 * A region's bump allocator: 8-byte-aligned allocations inside chunks of pooled Netty heap
 * {@code ByteBuf}s. The first chunk is sized from the region's hint and taken on the first
 * allocation (a region that allocates nothing costs the allocator nothing); each further chunk is
 * twice the last, up to {@link #MAX_CHUNK}; an allocation too big for that gets a chunk of its own.
 *
 * <p>Chunks are heap buffers, so values read them as plain {@code byte[]} with an offset: as fast as
 * heap data. Allocated bytes are zeroed, since pooled memory holds whatever its last user wrote.
 */
final class Arena {
    /** The largest chunk the arena grows to; bigger allocations get a dedicated chunk. */
    static final int MAX_CHUNK = 1 << 20;

    private final Region region;
    private final RegionPolicy policy;
    private final long firstChunk;
    /** The first chunk, and the further ones (null until a second chunk is taken: most regions have one). */
    private ByteBuf first;
    private ByteBuf[] more;
    private byte[] array;
    private int pos;
    private int end;
    private int lastChunkSize;

    long requested;
    long reserved;
    long allocations;
    int chunkCount;

    Arena(Region region, RegionPolicy policy, long firstChunk) {
        this.region = region;
        this.policy = policy;
        this.firstChunk = firstChunk;
    }

    /** Points {@code v} at {@code n} fresh zeroed bytes. */
    void place(ArenaValue v, int n, long maxBytes) {
        if (n < 0) throw new IllegalArgumentException("negative size " + n);
        if (requested + n > maxBytes) throw RegionErrors.tooBig(region, n, maxBytes);
        int size = (n + 7) & ~7;
        int p = (pos + 7) & ~7;
        byte[] a = array;
        if (a == null || size > end - p) {
            if (size > MAX_CHUNK / 2 && a != null) {
                ByteBuf big = take(size);
                a = big.array();
                p = big.arrayOffset();
                Arrays.fill(a, p, p + n, (byte) 0);
                finish(v, a, p, n);
                return;
            }
            p = grow(size);
            a = array;
        }
        pos = p + size;
        Arrays.fill(a, p, p + n, (byte) 0);
        finish(v, a, p, n);
    }

    private void finish(ArenaValue v, byte[] a, int p, int n) {
        requested += n;
        allocations++;
        v.bind(a, p, region, region.generation);
    }

    /** Starts a new current chunk big enough for {@code size}; returns the aligned start. */
    private int grow(int size) {
        long want = lastChunkSize == 0 ? firstChunk : Math.min((long) lastChunkSize * 2, MAX_CHUNK);
        int chunk = (int) Math.min(Math.max(want, size), Integer.MAX_VALUE - 8);
        ByteBuf buf = take(chunk);
        lastChunkSize = chunk;
        array = buf.array();
        int start = (buf.arrayOffset() + 7) & ~7;
        end = buf.arrayOffset() + buf.capacity();
        if (size > end - start) {
            // The buffer's start was not 8-aligned and the slack does not fit: use it unaligned.
            start = buf.arrayOffset();
        }
        return start;
    }

    private ByteBuf take(int size) {
        ByteBufAllocator allocator = policy.allocator();
        ByteBuf buf = chunkCount == 0 ? region.counts.spare.take(allocator, size) : null;
        if (buf == null) buf = allocator.heapBuffer(size, size);
        if (!buf.hasArray()) {
            buf.release();
            throw new IllegalStateException("allocator " + allocator + " returned a heap buffer without an array");
        }
        if (chunkCount == 0) region.counts.arenaLive();
        if (chunkCount == 0) first = buf;
        else {
            if (more == null) more = new ByteBuf[4];
            else if (chunkCount - 1 == more.length) more = Arrays.copyOf(more, more.length * 2);
            more[chunkCount - 1] = buf;
        }
        chunkCount++;
        reserved += buf.capacity();
        region.reserved(buf.capacity());
        return buf;
    }

    /**
     * Returns every chunk to the allocator, except a first chunk kept as its thread's spare
     * ({@link SpareChunk}). The values still pointing into them are dead by then.
     */
    void release() {
        if (chunkCount > 0) region.counts.arenaReleased();
        if (first != null) {
            if (!region.counts.spare.keep(first, policy)) first.release();
            first = null;
        }
        for (int i = 0; i < chunkCount - 1; i++) {
            more[i].release();
            more[i] = null;
        }
        array = null;
        pos = end = 0;
    }
}
