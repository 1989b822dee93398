package org.eshkol.runtime.shared;

import static org.eshkol.runtime.shared.SharedHeader.BIASED;
import static org.eshkol.runtime.shared.SharedHeader.HOLD_ONE;
import static org.eshkol.runtime.shared.SharedHeader.KEPT;
import static org.eshkol.runtime.shared.SharedHeader.QUEUED;
import static org.eshkol.runtime.shared.SharedHeader.SHARED_ONE;
import static org.eshkol.runtime.shared.SharedHeader.STORE_ONE;
import static org.eshkol.runtime.shared.SharedHeader.holds;
import static org.eshkol.runtime.shared.SharedHeader.sharedPart;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Biased reference counting, the slow paths of {@link SharedHeader}'s counts (after Choi, Shull and
 * Torrellas, "Biased Reference Counting", PACT 2018). A value is biased to the thread that shared it,
 * its owner, which counts in the header's plain {@code local} field; other threads count in the
 * atomic shared part. Invariant while {@link SharedHeader#BIASED}: {@code local >= 1}, and the shared
 * part is at least 0 unless {@link SharedHeader#QUEUED} is set, so the owner's fast path (biased,
 * nothing queued: one load and a compare) never misses the count reaching zero.
 *
 * <ul>
 *   <li><b>Merging</b> folds {@code local} into the shared part and clears both bits, in one
 *   compare-and-set; from then on every thread, the owner too, counts in the shared part. The owner
 *   merges when its part would reach zero, and whenever it finds its header queued; at zero it
 *   releases the value itself, as an unbiased release would.</li>
 *   <li><b>Queueing.</b> Another thread that takes the shared part below zero (it releases a count
 *   the owner took: {@code retain!} on one thread, {@code release!} on another) sets QUEUED in the
 *   same compare-and-set and puts the header, with its value, in the owner's queue; the true count
 *   may now be zero and only the owner can tell. The owner merges it at its next count change of that
 *   value, or when it leaves a frame ({@link HoldFrames#exit}, so at the latest when its engine
 *   evaluation or invocation returns). Until then the value's release is deferred, never lost.</li>
 *   <li><b>A dead owner</b> ({@code !owner.isAlive()}, which orders its last writes to {@code local}
 *   before, JLS 17.4.4) is merged by whichever thread touches the value next; only one merge wins the
 *   compare-and-set.</li>
 * </ul>
 *
 * <p>A release by another thread while the value is biased cannot tell a double release (the owner's
 * part is not its to read); a merge that finds the true count below zero releases the value and
 * reports the extra release to the report listener.
 */
final class BiasedCounts {
    private BiasedCounts() {}

    /** Owners that were queued headers, until the safety net finds them ended ({@link #settleEnded}). */
    private static final Set<Owner> QUEUED_TO = ConcurrentHashMap.newKeySet();

    /** A thread's queue of headers biased to it whose shared part other threads took below zero. */
    static final class Owner {
        private final Thread thread = Thread.currentThread();
        private final ConcurrentLinkedQueue<Object[]> queued = new ConcurrentLinkedQueue<>();
        /** Set after a header is queued, cleared by the owner before it drains. */
        volatile boolean pending;

        void add(SharedHeader h, Object v) {
            queued.add(new Object[] {h, v});
            QUEUED_TO.add(this);
            pending = true;
        }
    }

    /** The owner merges every header queued to it (called at frame exits when {@link Owner#pending}). */
    static void drain(Owner o) {
        o.pending = false;
        RuntimeException failure = null;
        Object[] q;
        while ((q = o.queued.poll()) != null) {
            SharedHeader h = (SharedHeader) q[0];
            if (h.owner != Thread.currentThread() || (h.state() & BIASED) == 0) continue;
            try {
                mergeAndSettle(h, q[1]);
            } catch (RuntimeException e) {
                if (failure == null) failure = e;
            }
        }
        if (failure != null) throw failure;
    }

    /**
     * The safety net's last resort for an owner that ended between another thread queueing a header
     * to it and the merge (the owner never left a frame again, and nobody touched the value since):
     * merges what it left queued, releasing at zero on the calling thread. Called by the safety net's
     * thread about once a second ({@link SharedRegistry}).
     */
    static void settleEnded() {
        for (Owner o : QUEUED_TO) {
            if (o.thread.isAlive()) continue;
            QUEUED_TO.remove(o);
            Object[] q;
            while ((q = o.queued.poll()) != null) {
                try {
                    settle((SharedHeader) q[0], q[1]);
                } catch (RuntimeException e) {
                    SharedRegistry.report("shared value destructor failed: " + e.getMessage());
                }
            }
        }
    }

    /**
     * Before a count change in the shared part: the owner merges a queued header, any thread merges
     * the header of a dead owner. Either may release the value ({@code v}, or the header's referent
     * when null).
     */
    static void settle(SharedHeader h, Object v) {
        long s = h.state();
        if ((s & BIASED) == 0) return;
        if (h.owner == Thread.currentThread() ? (s & QUEUED) != 0 : !h.owner.isAlive()) mergeAndSettle(h, v);
    }

    /** The retain slow path: not the owner, not biased any more, or something queued. */
    static boolean tryRetain(SharedHeader h, Object v) {
        if (h.owner == Thread.currentThread()) {
            settle(h, v);
            if ((h.state() & BIASED) != 0) {
                h.local++; // settle merged what was queued; still biased
                return true;
            }
        }
        return h.tryAdd(SHARED_ONE);
    }

    /**
     * The release slow path; {@code sharedOnly} for a count taken in the shared part (a Java hold).
     * Returns the count before, 0 when already released, or {@link SharedHeader#KEPT}.
     */
    static int release(SharedHeader h, Object v, boolean sharedOnly) {
        boolean mine = h.owner == Thread.currentThread();
        if (mine) settle(h, v);
        if (mine && !sharedOnly && (h.state() & BIASED) != 0) {
            // the owner's part would reach zero: merge, and release at zero here
            h.local--;
            int after = merge(h);
            if (after < 0) overReleased(h, after);
            return after > 0 ? after + 1 : 1;
        }
        while (true) {
            long s = h.state();
            int shared = sharedPart(s);
            if ((s & BIASED) == 0) {
                if (shared <= 0) return 0;
                long kept = Math.min(holds(s), shared - 1);
                long next = (((long) (shared - 1)) << 32) | (kept * HOLD_ONE);
                if (h.compareAndExchange(s, next) == s) return shared;
            } else if (mine) {
                // a count of the shared part: exact, the local part stays at least 1; below zero
                // the owner merges first (only other threads' counts may leave it there, queued)
                if (shared <= 0) {
                    int after = merge(h);
                    if (after <= 0 && dieOnMerge(h, v, after)) return 0;
                } else if (h.compareAndExchange(s, s - SHARED_ONE) == s) {
                    return h.local + shared;
                }
            } else if (shared > 0) {
                // the owner's part is at least 1: alive after this
                if (h.compareAndExchange(s, s - SHARED_ONE) == s) return KEPT;
            } else if (!h.owner.isAlive()) {
                mergeAndSettle(h, v);
            } else if (queue(h, v, s, s - SHARED_ONE)) {
                return KEPT;
            }
        }
    }

    /** The store-release slow path: as {@link #release} for a count a store took (holds it). -1 when none. */
    static int storeRelease(SharedHeader h, Object v) {
        settle(h, v);
        while (true) {
            long s = h.state();
            int shared = sharedPart(s);
            if (holds(s) == 0) return -1;
            if ((s & BIASED) == 0) {
                if (shared <= 0) return -1;
                if (h.compareAndExchange(s, s - STORE_ONE) == s) return shared;
            } else if (h.owner == Thread.currentThread()) {
                if (shared <= 0) {
                    int after = merge(h);
                    if (after <= 0 && dieOnMerge(h, v, after)) return -1;
                } else if (h.compareAndExchange(s, s - STORE_ONE) == s) {
                    return h.local + shared;
                }
            } else if (!h.owner.isAlive()) {
                mergeAndSettle(h, v);
            } else if (queue(h, v, s, s - STORE_ONE)) {
                return KEPT;
            }
        }
    }

    /**
     * {@code Shared.adopt}: the caller's count moves to the shared part, where a Java hold counts (the
     * owner's part loses it). False when the value is already released.
     */
    static boolean adopt(SharedHeader h, Object v) {
        settle(h, v);
        if (h.owner == Thread.currentThread() && (h.state() & BIASED) != 0) {
            if (h.local == 1) return merge(h) > 0; // the whole count moves
            if (!h.tryAdd(SHARED_ONE)) return false;
            h.local--;
            return true;
        }
        return h.alive();
    }

    /**
     * The cycle collector's view of {@code h}'s count: exact on the owner thread (queued headers are
     * merged first) and for a dead owner (merged); {@code elsewhere} for a value biased to another
     * live thread, whose part cannot be read: held from outside as far as the collector can tell.
     * A biased value is never garbage: its owner's part is held by the owner's code, not by edges.
     */
    static int collectorCount(SharedHeader h, int elsewhere) {
        long s = h.state();
        if ((s & BIASED) == 0) return h.strong();
        boolean mine = h.owner == Thread.currentThread();
        if (mine && (s & QUEUED) == 0) return h.local + sharedPart(s);
        if (!mine && h.owner.isAlive()) return elsewhere;
        mergeAndSettle(h, null);
        return h.strong();
    }

    /**
     * Another thread's count change {@code s -> next} on a biased value, in the shared part: queues the
     * header to its owner when it takes the shared part below zero first. False when the state changed.
     */
    private static boolean queue(SharedHeader h, Object v, long s, long next) {
        boolean first = sharedPart(next) < 0 && (s & QUEUED) == 0;
        if (first) next |= QUEUED;
        if (h.compareAndExchange(s, next) != s) return false;
        if (first) {
            h.ownerQueue.add(h, v != null ? v : h.get());
            if (!h.owner.isAlive()) settle(h, v); // it ended meanwhile: it will not drain its queue
        }
        return true;
    }

    /**
     * Folds the owner's part into the shared part, clearing BIASED and QUEUED (the owner thread, or
     * any thread once the owner is dead). Returns the true count after, or {@link Integer#MIN_VALUE}
     * when another thread merged first (only for a dead owner).
     */
    private static int merge(SharedHeader h) {
        boolean mine = h.owner == Thread.currentThread();
        int local = h.local;
        long s = h.state();
        while ((s & BIASED) != 0) {
            long total = (long) sharedPart(s) + local;
            int count = (int) Math.max(0, Math.min(total, Integer.MAX_VALUE));
            long next = ((long) count << 32) | (Math.min(holds(s), count) * HOLD_ONE);
            long w = h.compareAndExchange(s, next);
            if (w == s) {
                if (mine) h.local = 0;
                return (int) Math.max(total, Integer.MIN_VALUE + 1);
            }
            s = w;
        }
        return Integer.MIN_VALUE;
    }

    /** Merges {@code h} and, at zero, releases its value here; a count still above zero may be a cycle root. */
    private static void mergeAndSettle(SharedHeader h, Object v) {
        int after = merge(h);
        if (after == Integer.MIN_VALUE) return;
        if (after > 0) {
            Object x = v != null ? v : h.get();
            if (x != null) Reclaim.released("release", h, x, after + 1);
        } else {
            dieOnMerge(h, v, after);
        }
    }

    /** A merge found the true count at {@code after} <= 0: releases the value here. True when released. */
    private static boolean dieOnMerge(SharedHeader h, Object v, int after) {
        if (after == Integer.MIN_VALUE) return false;
        if (after < 0) overReleased(h, after);
        Object x = v != null ? v : h.get();
        if (x != null) Reclaim.destroy(h, x);
        else SharedRegistry.died(h);
        return true;
    }

    /** A merge found the true count below zero: releases by other threads that no count stood for. */
    private static void overReleased(SharedHeader h, int after) {
        SharedRegistry.report("shared value released more often than counted: " + h.kind + " (shared at " + h.site
                + ") was released " + -after + " more time" + (after == -1 ? "" : "s")
                + " than it was counted, by a thread other than the one that shared it");
    }
}
