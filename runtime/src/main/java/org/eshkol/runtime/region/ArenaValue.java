package org.eshkol.runtime.region;

/**
 * A value whose bytes live in an arena: a checked handle, never a raw buffer. It holds the region
 * its bytes belong to, the generation that region had when they were allocated, and where the bytes
 * are ({@code array}, {@code offset}, {@code byteLength}). Heap values belong to {@link Region#HEAP},
 * whose generation never changes.
 *
 * <p>Every access first calls {@link #check()}: one load of the region's generation and one compare.
 * A value whose region has ended fails with an error naming the region instead of reading memory the
 * allocator has since handed to someone else.
 *
 * <p>Promotion ({@link #relocate}) moves the bytes to a longer-lived region or to the heap and
 * updates this same object, so identity is kept: {@code eq?} and every alias see the same storage.
 *
 * <p>Arena values are confined to the thread of their region while that region is open; after
 * promotion to the heap they are ordinary values.
 */
public abstract class ArenaValue extends org.eshkol.runtime.Value {
    /** The bytes: a whole arena chunk (shared with other values) or, on the heap, exactly this value's. */
    protected byte[] array;
    /** Where this value's bytes start in {@link #array}. */
    protected int offset;
    /** The region the bytes belong to; {@link Region#HEAP} when they live on the heap. */
    protected Region region;
    /** {@link #region}'s generation at allocation; a different current generation means it ended. */
    protected int generation;

    /** {@link #generation} of a value whose storage was freed by {@link #freeStorage()}: never a region's. */
    private static final int FREED = -1;
    private static final byte[] NO_BYTES = {};

    /** A heap value of {@code bytes}. */
    protected ArenaValue(byte[] bytes) {
        this.array = bytes;
        this.region = Region.HEAP;
    }

    /** A value of {@code byteLength} zeroed bytes in {@code region}'s arena (the heap for {@link Region#HEAP}). */
    protected ArenaValue(Region region, int byteLength) {
        region.place(this, byteLength);
    }

    /**
     * A value over bytes the caller owns ({@code array} from {@code offset}), checked like an arena
     * value of {@code region}: it is valid while the region is open and fails afterwards. The caller
     * keeps the bytes alive and unchanged until the region closes (see {@link Region#view}).
     */
    protected ArenaValue(Region region, byte[] array, int offset) {
        if (!region.isOpen()) throw new IllegalStateException("view in a region that is not open: " + region.describe());
        bind(array, offset, region, region.generation);
    }

    /** How many bytes this value occupies. */
    public abstract int byteLength();

    /** What the value is called in messages: {@code "bytevector"}, {@code "f64vector"}. */
    public abstract String kind();

    /** Fails unless the value's region is still live. The hot path: one load and one compare. */
    public final void check() {
        if (region.generation != generation) throw RegionErrors.usedAfterEnd(this);
    }

    /** The region the bytes live in (after a {@link #check()}); {@link Region#HEAP} on the heap. */
    public final Region region() { return region; }

    /** True when the bytes are on the heap (not in any arena). */
    public final boolean onHeap() { return region == Region.HEAP; }

    /** True while the region holding the bytes is live (always for heap values). */
    public final boolean isLive() { return region.generation == generation; }

    /** The backing array, for bulk operations after {@link #check()}; valid from {@link #start()}. */
    public final byte[] array() { return array; }

    /** Index of the first byte in {@link #array()}. */
    public final int start() { return offset; }

    /** Called by {@link Region#place} to point this value at its storage. */
    final void bind(byte[] array, int offset, Region region, int generation) {
        this.array = array;
        this.offset = offset;
        this.region = region;
        this.generation = generation;
    }

    /**
     * Promotion: moves the bytes into {@code target} (or onto the heap), points this same object at
     * them, and counts the promotion in the statistics of the region they leave.
     */
    final void promoteTo(Region target) {
        Region source = region;
        byte[] from = array;
        int at = offset;
        int n = byteLength();
        target.place(this, n);
        System.arraycopy(from, at, array, offset, n);
        source.promoted(n);
    }

    /** Moves the bytes to the heap if they are still live in an arena (a store the value may outlive). */
    final void promoteToHeapIfLive() {
        if (region != Region.HEAP && isLive()) promoteTo(Region.HEAP);
    }

    /**
     * Moves the bytes to the heap, if they are in an arena, so Java code may keep them: what a value
     * handed to Java interop needs. Afterwards {@link #array()} is exactly this value's bytes.
     */
    public final void pinToHeap() {
        check();
        if (region != Region.HEAP) promoteTo(Region.HEAP);
    }

    /**
     * Frees the storage now: what releasing the last count of a shared value does (Tier 4). Every
     * later access raises, as after a region ends. Heap bytes are left to the garbage collector;
     * bytes in an arena stay in their chunk until the region ends.
     */
    public final void freeStorage() {
        array = NO_BYTES;
        offset = 0;
        generation = FREED;
    }

    /** True once {@link #freeStorage()} freed the storage. */
    public final boolean isFreed() { return generation == FREED; }

    /** A fresh copy of the bytes, for conversions to Java. */
    public final byte[] toByteArray() {
        check();
        return java.util.Arrays.copyOfRange(array, offset, offset + byteLength());
    }
}
