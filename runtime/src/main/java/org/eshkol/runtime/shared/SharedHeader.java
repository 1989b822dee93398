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
 * <p>The counts are one {@code long} changed by compare-and-set: the low 32 bits are the strong count
 * (every holder), the high 32 bits how many of those counts were taken by stores into places
 * ({@link Shared#stored}). Each store count also records the container whose slot took it
 * ({@link #edgeAdded}): a slot gives back only a count its own container's slots took, so a slot
 * written by code that did not count (a constructor, {@code define}, a value shared only after it
 * was placed) can never make a release destroy a value someone still holds, and the cycle collector
 * follows only edges that hold counts.
 */
final class SharedHeader extends WeakReference<Object> {
    static final int BUFFERED = 1;  // a candidate root of the cycle collector
    static final int IN_CYCLE = 2;  // found in a garbage cycle and reported
    static final int LEAKED = 4;    // unreachable with a nonzero count; reported by the safety net

    private static final long STRONG_ONE = 1L;
    private static final long STORE_ONE = (1L << 32) | 1L;
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

    @SuppressWarnings("unused") private volatile long state = STRONG_ONE;
    @SuppressWarnings("unused") private volatile int weak;
    @SuppressWarnings("unused") private volatile int flags;
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

    int strong() { return (int) (long) STATE.getVolatile(this); }

    int storeHolds() { return (int) ((long) STATE.getVolatile(this) >>> 32); }

    boolean alive() { return strong() > 0; }

    /** Adds a count unless the value is already released; false when it was. */
    boolean tryRetain() { return tryAdd(STRONG_ONE); }

    /** A store's count: strong and store holds together. False when the value is already released. */
    boolean tryStoreRetain() { return tryAdd(STORE_ONE); }

    /** Adds {@code one} to the state unless the strong count is already zero. */
    private boolean tryAdd(long one) {
        long s = (long) STATE.getVolatile(this);
        while ((int) s > 0) {
            long w = (long) STATE.compareAndExchange(this, s, s + one);
            if (w == s) return true;
            s = w;
        }
        return false;
    }

    /**
     * Takes one count away; returns the strong count before, or 0 when the value was already released
     * (nothing taken). Store holds are clamped to the strong count that remains.
     */
    int release() {
        long s = (long) STATE.getVolatile(this);
        while (true) {
            int strong = (int) s;
            if (strong <= 0) return 0;
            long holds = Math.min(s >>> 32, strong - 1);
            long next = (holds << 32) | (strong - 1);
            long w = (long) STATE.compareAndExchange(this, s, next);
            if (w == s) return strong;
            s = w;
        }
    }

    /**
     * Takes back one count a store took; returns the strong count before, or -1 when no store holds
     * a count (nothing taken: the slot was written by code that did not count).
     */
    int storeRelease() {
        long s = (long) STATE.getVolatile(this);
        while (true) {
            if ((s >>> 32) == 0 || (int) s <= 0) return -1;
            long w = (long) STATE.compareAndExchange(this, s, s - STORE_ONE);
            if (w == s) return (int) s;
            s = w;
        }
    }

    /** The cycle collector's reclaim: sets the count from {@code expected} to zero; false if it changed. */
    boolean zeroIf(int expected) {
        long s = (long) STATE.getVolatile(this);
        return (int) s == expected && STATE.compareAndSet(this, s, 0L);
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
