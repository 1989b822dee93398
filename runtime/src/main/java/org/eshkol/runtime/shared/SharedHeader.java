package org.eshkol.runtime.shared;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * The Tier-4 header of one shared value (the spec's {@code eshkol_shared_header}): the strong count,
 * the weak count, the destructor, flags and the allocation site. It is installed in the value's own
 * {@link org.eshkol.runtime.Value} slot (or, for vectors and Java objects, in {@link SideHeaders}).
 *
 * <p>The header is a {@link WeakReference} to its value: weak references and the live-value registry
 * reach the value through it without keeping it reachable, so a value whose counts were never
 * released can still be noticed by the garbage collector ({@link SharedRegistry}'s safety net). At
 * zero the reference is cleared, so a weak reference can no longer reach the value.
 *
 * <p><b>Counts.</b> The strong count is biased to the thread that shared the value, its owner (after
 * Choi, Shull and Torrellas, "Biased Reference Counting", PACT 2018, as CPython's free-threaded build
 * does it): the owner counts in {@link #local}, a plain field no other thread writes, and every other
 * thread in the shared part of {@code state}, by compare-and-set. The true count is their sum. The
 * state word packs, from the top: the shared part (a signed 32-bit count; while the value is biased it
 * may go below zero, when another thread releases counts the owner took), 30 bits of store holds
 * (how many counts stores into places took, {@link Shared#stored}), {@link #QUEUED} and
 * {@link #BIASED}. Store counts and Java holds always count in the shared part. The protocol beyond
 * the owner's two fast paths is {@link BiasedCounts}.
 *
 * <p>Each store count also records the container whose slot took it ({@link #edgeAdded}): a slot gives
 * back only a count its own container's slots took, so a slot written by code that did not count (a
 * constructor, {@code define}, a value shared only after it was placed) can never make a release
 * destroy a value someone still holds, and the cycle collector follows only edges that hold counts.
 */
final class SharedHeader extends WeakReference<Object> {
    static final int BUFFERED = 1;  // a candidate root of the cycle collector
    static final int IN_CYCLE = 2;  // found in a garbage cycle and reported
    static final int LEAKED = 4;    // unreachable with a nonzero count; reported by the safety net

    /** The owner counts in {@link #local}; the true count is local plus the shared part. */
    static final long BIASED = 1L;
    /** The shared part went below zero: the header waits in its owner's queue to be merged. */
    static final long QUEUED = 2L;
    static final long BIAS_BITS = BIASED | QUEUED;
    static final long HOLD_ONE = 1L << 2;
    static final long SHARED_ONE = 1L << 32;
    static final long STORE_ONE = SHARED_ONE + HOLD_ONE;
    /**
     * What {@link #release} and {@link #storeRelease} answer when the count went down and this thread
     * knows the value is still alive, but not the count (the value is biased to another thread), or
     * need not make it a candidate root of the cycle collector (the owner's local part is still held).
     */
    static final int KEPT = Integer.MAX_VALUE;

    private static final VarHandle STATE;
    private static final VarHandle WEAK;
    private static final VarHandle FLAGS;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            STATE = l.findVarHandle(SharedHeader.class, "state", long.class);
            WEAK = l.findVarHandle(SharedHeader.class, "weak", int.class);
            FLAGS = l.findVarHandle(SharedHeader.class, "flags", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") private volatile long state = BIASED;
    @SuppressWarnings("unused") private volatile int weak;
    @SuppressWarnings("unused") private volatile int flags;
    /**
     * The owner's part of the strong count while {@link #BIASED}: at least 1 then (the owner merges
     * when it would reach 0). Written only by the owner thread, read by it, and by another thread
     * only once the owner has ended ({@link Thread#isAlive} orders its last writes before) or as a
     * racy snapshot for reports.
     */
    int local = 1;
    /** The thread that shared the value: the one that counts in {@link #local}. */
    final Thread owner;
    /** The owner's queue of headers whose shared part went below zero on other threads. */
    final BiasedCounts.Owner ownerQueue;
    /** A Scheme procedure or a {@code java.util.function.Consumer}; called with the value at zero. */
    final Object destructor;
    /** Where the value was shared: {@code app.esk:12}. */
    final String site;
    /** What the value is, for reports: {@code hash table}, {@code pair}. */
    final String kind;
    /** The value's identity hash (the side table's key hash). */
    final int hash;
    /** True when the header lives in {@link SideHeaders} (vectors, Java objects). */
    final boolean side;

    SharedHeader(Object value, Object destructor, String site, ReferenceQueue<Object> queue) {
        super(value, queue);
        this.owner = Thread.currentThread();
        this.ownerQueue = HoldFrames.owner();
        this.destructor = destructor;
        this.site = site;
        this.kind = Kinds.of(value);
        this.hash = System.identityHashCode(value);
        this.side = !(value instanceof org.eshkol.runtime.Value);
    }

    /** The value's identity hash, so the side table finds the header from the value. */
    @Override
    public int hashCode() { return hash; }

    @Override
    public boolean equals(Object o) { return o == this; }

    static int sharedPart(long s) { return (int) (s >> 32); }

    static int holds(long s) { return (int) ((s & 0xFFFF_FFFFL) >>> 2); }

    long state() { return (long) STATE.getVolatile(this); }

    long compareAndExchange(long expected, long next) { return (long) STATE.compareAndExchange(this, expected, next); }

    /** True when this thread is the owner and the value is biased with nothing queued: the fast paths. */
    private boolean ownedHere() {
        return owner == Thread.currentThread() && ((int) (long) STATE.getOpaque(this) & (int) BIAS_BITS) == BIASED;
    }

    /**
     * The strong count: exact on the owner thread and once the value is not biased; on other threads,
     * while it is biased, a snapshot (the owner's part read as it was lately written), at least 1.
     * 0 once released.
     */
    int strong() {
        long s = state();
        if ((s & BIASED) == 0) return Math.max(sharedPart(s), 0);
        return Math.max(local + sharedPart(s), 1);
    }

    /** The strong count after this thread merged what it may merge ({@link BiasedCounts#settle}). */
    int count() {
        BiasedCounts.settle(this, null);
        return strong();
    }

    int storeHolds() { return holds(state()); }

    /** Not released: biased (the owner still counts), or a shared part above zero. */
    boolean alive() {
        long s = state();
        return (s & BIASED) != 0 || sharedPart(s) > 0;
    }

    /** Adds a count unless the value is already released; false when it was. The owner counts locally. */
    boolean tryRetain() {
        if (ownedHere()) {
            local++;
            return true;
        }
        return BiasedCounts.tryRetain(this, null);
    }

    /** A count in the shared part, never the owner's (a Java hold). False when already released. */
    boolean tryRetainShared() {
        BiasedCounts.settle(this, null);
        return tryAdd(SHARED_ONE);
    }

    /** A store's count: strong and store holds together. False when the value is already released. */
    boolean tryStoreRetain() {
        BiasedCounts.settle(this, null);
        return tryAdd(STORE_ONE);
    }

    /** Adds {@code one} to the state unless the value is already released (not biased, shared part 0). */
    boolean tryAdd(long one) {
        long s = state();
        while ((s & BIASED) != 0 || sharedPart(s) > 0) {
            long w = compareAndExchange(s, s + one);
            if (w == s) return true;
            s = w;
        }
        return false;
    }

    /**
     * Takes one count of {@code v} away; returns the strong count before, 0 when the value was already
     * released (nothing taken), or {@link #KEPT}. The owner takes it from its local part.
     */
    int release(Object v) {
        int l;
        if (ownedHere() && (l = local) > 1) {
            local = l - 1;
            return KEPT;
        }
        return BiasedCounts.release(this, v, false);
    }

    /** Gives back a count taken in the shared part (a Java hold), as {@link #release}. */
    int releaseShared(Object v) { return BiasedCounts.release(this, v, true); }

    /**
     * Takes back one count a store took; returns the strong count before, {@link #KEPT}, or -1 when
     * no store holds a count (nothing taken: the slot was written by code that did not count).
     */
    int storeRelease(Object v) { return BiasedCounts.storeRelease(this, v); }

    /**
     * The cycle collector's reclaim: sets the count from {@code expected} to zero; false if it changed
     * or the value is biased (its owner's part is held by the owner's code: never garbage).
     */
    boolean zeroIf(int expected) {
        long s = state();
        return (s & BIASED) == 0 && sharedPart(s) == expected && STATE.compareAndSet(this, s, 0L);
    }

    // ---- counted edges: which containers' slots hold the store counts ----

    /** Containers whose slots took store counts of this value, and how many each (parallel arrays). */
    private Object[] edgeContainers;
    private int[] edgeCounts;
    private int edges;
    /** Changes to the edges so far: lets the cycle collector notice a count moved between holders. */
    private int edgeVersion;

    /** A slot of {@code container} took a store count of this value. */
    synchronized void edgeAdded(Object container) {
        edgeVersion++;
        for (int i = 0; i < edges; i++) {
            if (edgeContainers[i] == container) {
                edgeCounts[i]++;
                return;
            }
        }
        if (edgeContainers == null) {
            edgeContainers = new Object[2];
            edgeCounts = new int[2];
        } else if (edges == edgeContainers.length) {
            edgeContainers = java.util.Arrays.copyOf(edgeContainers, edges * 2);
            edgeCounts = java.util.Arrays.copyOf(edgeCounts, edges * 2);
        }
        edgeContainers[edges] = container;
        edgeCounts[edges++] = 1;
    }

    /** A slot of {@code container} gives back its count; false when none of its slots held one. */
    synchronized boolean edgeRemoved(Object container) {
        for (int i = 0; i < edges; i++) {
            if (edgeContainers[i] != container) continue;
            edgeVersion++;
            if (--edgeCounts[i] == 0) {
                edges--;
                edgeContainers[i] = edgeContainers[edges];
                edgeCounts[i] = edgeCounts[edges];
                edgeContainers[edges] = null;
            }
            return true;
        }
        return false;
    }

    /** How many store counts {@code container}'s slots hold. */
    synchronized int edgesFrom(Object container) {
        for (int i = 0; i < edges; i++) if (edgeContainers[i] == container) return edgeCounts[i];
        return 0;
    }

    /** The count-holding edges are forgotten: the value was released. */
    synchronized int edgeVersion() { return edgeVersion; }

    synchronized void clearEdges() {
        edgeVersion++;
        edgeContainers = null;
        edgeCounts = null;
        edges = 0;
    }

    int weakCount() { return (int) WEAK.getVolatile(this); }

    void weakAdded() { WEAK.getAndAdd(this, 1); }

    void weakDropped() { WEAK.getAndAdd(this, -1); }

    boolean hasFlag(int f) { return ((int) FLAGS.getVolatile(this) & f) != 0; }

    /** Sets flag {@code f}; true when this call set it (it was clear). */
    boolean setFlag(int f) { return ((int) FLAGS.getAndBitwiseOr(this, f) & f) == 0; }

    void clearFlag(int f) { FLAGS.getAndBitwiseAnd(this, ~f); }
}
