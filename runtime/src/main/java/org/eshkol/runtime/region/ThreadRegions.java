package org.eshkol.runtime.region;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.eshkol.runtime.DynamicState;
import org.eshkol.runtime.StoreHooks;

/**
 * One thread's region bookkeeping: how many regions it has open, and how many of its arenas hold
 * allocator chunks. The owning thread keeps its counts with plain (opaque) writes, so a region's
 * life costs no atomic instruction for them: an uncontended atomic add costs about 6 ns on the
 * machines we measure on, and a region used to pay six of them. A region closed by another thread
 * is counted in separate atomics. Leak audits and metrics sum over every thread that ever opened a
 * region.
 *
 * <p>The store check's flag: while this thread has an arena holding chunks, it counts one in
 * {@link StoreHooks}' process-wide flag, so stores everywhere run the check. Inside an engine
 * evaluation the thread stays counted until the evaluation ends (a request opening a region per
 * item pays the flag once, not per region); outside one, until its outermost region closes.
 */
public final class ThreadRegions {
    private static final VarHandle OPEN;
    private static final VarHandle LIVE_ARENAS;
    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            OPEN = l.findVarHandle(ThreadRegions.class, "open", int.class);
            LIVE_ARENAS = l.findVarHandle(ThreadRegions.class, "liveArenas", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Every thread that opened a region, until it has died with nothing left open (pruned as the list grows). */
    private static final ConcurrentLinkedQueue<ThreadRegions> ALL = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger SIZE = new AtomicInteger();
    private static volatile int pruneAt = 64;

    private final Thread thread;
    @SuppressWarnings("unused") private int open;
    @SuppressWarnings("unused") private int liveArenas;
    private final AtomicInteger closedElsewhere = new AtomicInteger();
    private final AtomicInteger releasedElsewhere = new AtomicInteger();
    /** This thread counts one in the store check's flag. Written by the owner, or, once it is dead, under this lock. */
    boolean flagged;
    /** The first chunk this thread's last region left for its next one. */
    final SpareChunk spare;

    private ThreadRegions(Thread thread) {
        this.thread = thread;
        this.spare = new SpareChunk(thread);
    }

    /** {@code ds}'s bookkeeping, created and registered on its thread's first region. */
    static ThreadRegions of(DynamicState ds) {
        ThreadRegions t = ds.regions;
        if (t == null) {
            ds.regions = t = new ThreadRegions(Thread.currentThread());
            ALL.add(t);
            if (SIZE.incrementAndGet() >= pruneAt) prune();
        }
        return t;
    }

    void opened() { add(OPEN, 1); }

    void closed() { countDown(OPEN, closedElsewhere); }

    /** An arena of this thread took its first chunk (always on this thread). */
    void arenaLive() {
        add(LIVE_ARENAS, 1);
        if (!flagged) {
            flagged = true;
            StoreHooks.activate();
        }
    }

    /** An arena of this thread gave its chunks back. */
    void arenaReleased() {
        if (!countDown(LIVE_ARENAS, releasedElsewhere) && !thread.isAlive()) lowerDeadThreadsFlag();
    }

    /** Adds {@code n} to this thread's own count {@code field} (only the owner thread writes it). */
    private void add(VarHandle field, int n) { field.setOpaque(this, (int) field.getOpaque(this) + n); }

    /**
     * One less in {@code field}: on the owner thread its own count, elsewhere the atomic
     * {@code elsewhere}. True when counted on the owner thread.
     */
    private boolean countDown(VarHandle field, AtomicInteger elsewhere) {
        if (Thread.currentThread() == thread) {
            add(field, -1);
            return true;
        }
        elsewhere.incrementAndGet();
        return false;
    }

    /** Takes back the flag of a thread that died with arenas it can no longer release itself. */
    private synchronized void lowerDeadThreadsFlag() {
        if (flagged && liveArenas() == 0) {
            flagged = false;
            StoreHooks.deactivate();
        }
    }

    /** True while an arena of this thread holds chunks: values in it can be reached from this thread. */
    boolean hasLiveArenas() { return liveArenas() > 0; }

    private int openRegions() { return (int) OPEN.getOpaque(this) - closedElsewhere.get(); }

    private int liveArenas() { return (int) LIVE_ARENAS.getOpaque(this) - releasedElsewhere.get(); }

    /**
     * Called on this thread at a point where it may stop counting in the store check's flag: the
     * end of an engine evaluation, or the close of an outermost region outside one.
     */
    public void quiesce() {
        if (flagged && liveArenas() == 0) {
            flagged = false;
            StoreHooks.deactivate();
        }
    }

    /** Regions open (created and not closed) on all threads. */
    static long openCount() {
        long n = 0;
        for (ThreadRegions t : ALL) n += t.openRegions();
        return n;
    }

    /** Arenas holding chunks on all threads. */
    static int liveArenaCount() {
        int n = 0;
        for (ThreadRegions t : ALL) n += t.liveArenas();
        return n;
    }

    /** Spare first chunks held by all threads, in bytes. */
    static long spareBytes() {
        long n = 0;
        for (ThreadRegions t : ALL) n += t.spare.bytes();
        return n;
    }

    /** Gives every thread's spare first chunk back to its allocator; returns the bytes given back. */
    static long releaseSpares() {
        long n = 0;
        for (ThreadRegions t : ALL) n += t.spare.releaseNow();
        return n;
    }

    /** Drops dead threads that left nothing open, gives back their spare chunks, and takes back a dead thread's store flag. */
    private static synchronized void prune() {
        for (Iterator<ThreadRegions> it = ALL.iterator(); it.hasNext(); ) {
            ThreadRegions t = it.next();
            if (t.thread.isAlive()) continue;
            t.spare.releaseNow();
            if (t.openRegions() != 0 || t.liveArenas() != 0) continue;
            t.lowerDeadThreadsFlag();
            it.remove();
            SIZE.decrementAndGet();
        }
        pruneAt = Math.max(64, SIZE.get() * 2);
    }
}
