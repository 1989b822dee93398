package org.eshkol.runtime.region;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import org.eshkol.runtime.DynamicState;

/**
 * A region: a named lifetime with an arena. Bulk data allocated while it is the current region
 * (bytevectors, f64vectors, string-port buffers) is bump-allocated, 8-byte aligned, in chunks of
 * Netty {@code ByteBuf}s taken from the policy's allocator. Closing the region runs its cleanups,
 * ends its generation (so every value allocated in it fails loudly if used again) and releases every
 * chunk to the allocator.
 *
 * <p>Pairs, closures, strings and other small objects are ordinary JVM objects whatever region is
 * open: young-generation allocation is already a bump pointer, and the JVM frees them when they are
 * unreachable. Only bulk data lives in the arena.
 *
 * <p>This class mirrors the specification's runtime functions: {@link #create} ({@code region_create}),
 * {@link #close} ({@code region_destroy}), {@link #allocate} ({@code region_allocate}),
 * {@link #current} ({@code region_current}), {@link #push} and {@link #pop}. A region belongs to the
 * thread that created it.
 */
public final class Region implements AutoCloseable {
    /** The heap: the "region" of values allocated when no region is open. It never ends. */
    public static final Region HEAP = new Region();

    private final String name;
    private final Region parent;
    private final long hint;
    private final int depth;
    private final Thread owner;
    /** The owner thread's dynamic state and region counts. */
    private final DynamicState ds;
    final ThreadRegions counts;
    private final RegionPolicy policy;
    private final Arena arena;
    private final long openedAt;
    /** Regions created inside this one and still open; null until the first. */
    private List<Region> children;
    private List<Runnable> cleanups;
    private boolean pushed;
    private boolean closed;
    private long lifetimeNanos = -1;
    private long peakTreeBytes;
    private long treeBytes;
    private int promotions;
    private long promotedBytes;

    /** Changes when the region ends; values remember the one they were allocated under. */
    int generation;

    private Region() {
        this.name = "heap";
        this.parent = null;
        this.hint = 0;
        this.depth = 0;
        this.owner = null;
        this.ds = null;
        this.counts = null;
        this.policy = RegionPolicy.DEFAULT;
        this.arena = null;
        this.openedAt = 0;
    }

    private Region(DynamicState ds, String name, long hint, Region parent, RegionPolicy policy) {
        this.ds = ds;
        this.counts = ThreadRegions.of(ds);
        this.name = name;
        this.hint = hint;
        this.parent = parent;
        this.policy = policy;
        this.depth = parent == null ? 1 : parent.depth + 1;
        this.owner = Thread.currentThread();
        this.generation = 1;
        this.arena = new Arena(this, policy, hint > 0 ? hint : policy.firstChunk());
        // the clock costs ~40 ns on some VMs: read it only when someone listens for the lifetime
        this.openedAt = policy.listeners().isEmpty() ? 0 : System.nanoTime();
    }

    /**
     * Creates a region on this thread, a child of the current region, under the thread's policy. It
     * is not yet current: {@link #push} it, or use {@link #open}.
     *
     * @param name a name for messages and statistics, or null for an anonymous region
     * @param hint the expected size in bytes (sizes the first chunk), or 0 for the policy's default
     */
    public static Region create(String name, long hint) {
        DynamicState ds = DynamicState.current();
        return create(ds, name, hint);
    }

    static Region create(DynamicState ds, String name, long hint) {
        if (hint < 0) throw new IllegalArgumentException("negative size hint: " + hint);
        RegionPolicy policy = ds.regionPolicy;
        Region parent = ds.region;
        int depth = parent == null ? 1 : parent.depth + 1;
        if (depth > policy.maxDepth()) throw RegionErrors.tooDeep(name, policy.maxDepth());
        Region r = new Region(ds, name, hint, parent, policy);
        r.counts.opened();
        if (parent != null) {
            if (parent.children == null) parent.children = new ArrayList<>(2);
            parent.children.add(r);
        }
        for (RegionListener l : policy.listeners()) l.opened(r);
        return r;
    }

    /** Creates a region and makes it current: what {@code with-region} and {@code region-open} do. */
    public static Region open(String name, long hint) {
        DynamicState ds = DynamicState.current();
        Region r = create(ds, name, hint);
        r.pushed = true;
        ds.region = r;
        return r;
    }

    /** The innermost region open on this thread, or null when allocations go to the heap. */
    public static Region current() { return DynamicState.current().region; }

    /**
     * The region the next arena value goes to on this thread: the current region, or {@link #HEAP};
     * unless the compiler placed it elsewhere for this one allocation ({@link AllocationSite}): in the
     * current region's parent (a value only returned from its region) or on the heap (a value that
     * escapes every region).
     */
    public static Region allocationTarget() {
        DynamicState ds = DynamicState.current();
        Region r = ds.region;
        int placed = ds.nextAllocation;
        if (placed != 0) return placedTarget(ds, r, placed);
        return r == null ? HEAP : r;
    }

    private static Region placedTarget(DynamicState ds, Region r, int placed) {
        ds.nextAllocation = 0;
        if (r == null || placed == AllocationSite.HEAP) return HEAP;
        Region p = r.parent;
        return p == null || !p.isOpen() ? HEAP : p;
    }

    /** Makes {@code r}, a region created on this thread as a child of the current region, current. */
    public static void push(Region r) {
        DynamicState ds = DynamicState.current();
        if (r.closed || r.pushed || r.owner != Thread.currentThread() || r.parent != ds.region)
            throw new IllegalStateException("region " + r.describe() + " cannot be pushed here: it must be an open, "
                    + "unpushed region created on this thread while its parent was current");
        r.pushed = true;
        ds.region = r;
    }

    /** Makes the current region's parent current again, without closing it; returns the popped region. */
    public static Region pop() {
        DynamicState ds = DynamicState.current();
        Region r = ds.region;
        if (r == null) throw new IllegalStateException("no region is open on this thread");
        r.pushed = false;
        ds.region = r.parent;
        return r;
    }

    /** Allocates {@code bytes} zeroed bytes in this region's arena, as a bytevector. */
    public org.eshkol.runtime.Bytevector allocate(int bytes) {
        if (this == HEAP) return new org.eshkol.runtime.Bytevector(new byte[bytes]);
        return new org.eshkol.runtime.Bytevector(this, bytes);
    }

    /**
     * A bytevector over bytes this region does not own, without copying them: the request body an
     * HTTP server received, say. It is checked like the region's own values (every access after the
     * region closes raises, and a value that escapes is promoted, which copies it), so the caller may
     * reuse or release the bytes once the region has closed, and must keep them until then.
     */
    public org.eshkol.runtime.Bytevector view(byte[] array, int offset, int length) {
        return new org.eshkol.runtime.Bytevector(this, array, offset, length);
    }

    /** Points {@code v} at {@code n} zeroed bytes of this region (a fresh array on the heap). */
    void place(ArenaValue v, int n) {
        if (this == HEAP) {
            v.bind(new byte[n], 0, HEAP, 0);
            return;
        }
        if (closed) throw new IllegalStateException("allocation in closed region " + describe());
        arena.place(v, n, policy.maxBytes());
        for (RegionListener l : policy.listeners()) l.allocated(this, n);
    }

    /** Called by the arena when it takes a new chunk of {@code bytes}. */
    void reserved(long bytes) {
        for (Region r = this; r != null; r = r.parent) {
            r.treeBytes += bytes;
            if (r.treeBytes > r.peakTreeBytes) r.peakTreeBytes = r.treeBytes;
        }
    }

    /** Runs {@code cleanup} when the region closes (in reverse order of registration), before its memory goes. */
    public void onClose(Runnable cleanup) {
        if (closed) throw new IllegalStateException("region " + describe() + " is closed");
        if (cleanups == null) cleanups = new ArrayList<>(2);
        cleanups.add(cleanup);
    }

    /**
     * Closes this region and, first, every region still open inside it (innermost first): runs the
     * cleanups, ends the generation, releases every chunk to the allocator. If it is on this thread's
     * stack of current regions, its parent becomes current. Closing a closed region does nothing.
     */
    @Override
    public void close() {
        if (closed || this == HEAP) return;
        if (pushed && owner != Thread.currentThread())
            throw new IllegalStateException("region " + describe() + " is current on another thread");
        while (children != null && !children.isEmpty()) children.get(children.size() - 1).close();
        closed = true;
        counts.closed();
        if (pushed) {
            ds.region = parent; // pushed: this is the owner thread
            pushed = false;
        }
        if (parent != null) {
            parent.children.remove(this);
            for (Region r = parent; r != null; r = r.parent) r.treeBytes -= treeBytes;
        } else if (owner == Thread.currentThread()) {
            StoreWalker.forget(ds); // the outermost region ended: what the store check knew is moot
        }
        Throwable failure = null;
        if (cleanups != null) {
            for (int i = cleanups.size() - 1; i >= 0; i--) {
                try {
                    cleanups.get(i).run();
                } catch (Throwable t) {
                    if (failure == null) failure = t; else failure.addSuppressed(t);
                }
            }
        }
        generation++;
        arena.release();
        if (parent == null && ds.evaluations == 0 && owner == Thread.currentThread()) counts.quiesce();
        if (openedAt != 0) lifetimeNanos = System.nanoTime() - openedAt;
        for (RegionListener l : policy.listeners()) l.closed(this);
        if (failure instanceof RuntimeException re) throw re;
        if (failure instanceof Error e) throw e;
    }

    /** How many regions are open (created and not closed) on all threads. */
    public static long openCount() { return ThreadRegions.openCount(); }

    /** How many arenas hold chunks from an allocator right now, on all threads. */
    public static int liveArenas() { return ThreadRegions.liveArenaCount(); }

    /**
     * Bytes held as spare first chunks, on all threads: each thread keeps the first chunk of its
     * last region for its next one (at most one chunk of the policy's first-chunk size per thread).
     */
    public static long spareChunkBytes() { return ThreadRegions.spareBytes(); }

    /**
     * Gives every thread's spare first chunk back to its allocator (for a health check, a leak check,
     * or shutting down); returns the bytes given back. A thread's next region takes a fresh chunk.
     */
    public static long releaseSpareChunks() { return ThreadRegions.releaseSpares(); }

    /** Records that {@code bytes} bytes were promoted out of this region. */
    void promoted(int bytes) {
        promotions++;
        promotedBytes += bytes;
    }

    /** True when {@code other} is this region or nested inside it. */
    boolean encloses(Region other) {
        for (Region r = other; r != null; r = r.parent) if (r == this) return true;
        return false;
    }

    public String name() { return name; }

    public Region parent() { return parent; }

    public long sizeHint() { return hint; }

    public int depth() { return depth; }

    public Thread owner() { return owner; }

    public RegionPolicy policy() { return policy; }

    public boolean isOpen() { return !closed && this != HEAP; }

    /** True while this region is on its thread's stack of current regions. */
    public boolean isPushed() { return pushed; }

    /** Bytes asked for by allocations. */
    public long bytesRequested() { return arena == null ? 0 : arena.requested; }

    /** Bytes of chunks taken from the allocator (including alignment and unused tails). */
    public long bytesReserved() { return arena == null ? 0 : arena.reserved; }

    /** Chunks taken from the allocator. */
    public int chunks() { return arena == null ? 0 : arena.chunkCount; }

    /** Allocations made in the arena. */
    public long allocations() { return arena == null ? 0 : arena.allocations; }

    /** The most chunk bytes held at once by this region and the regions nested in it. */
    public long peakBytes() { return peakTreeBytes; }

    /** Values promoted out of this region when they escaped it. */
    public int promotions() { return promotions; }

    /** Bytes copied by those promotions. */
    public long promotedBytes() { return promotedBytes; }

    /** Nanoseconds from open to close; -1 while open, or when the policy has no listener (the clock is not read then). */
    public long lifetimeNanos() { return lifetimeNanos; }

    /** {@code 'name'} or {@code an anonymous region}, for messages. */
    public String describe() {
        if (this == HEAP) return "the heap";
        return name == null ? "an anonymous region" : "region '" + name + "'";
    }

    @Override
    public String toString() {
        return "#<region " + (name == null ? "anonymous" : name) + (closed ? " closed" : "") + ">";
    }
}
