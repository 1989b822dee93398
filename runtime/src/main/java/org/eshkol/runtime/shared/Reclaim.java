package org.eshkol.runtime.shared;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;
import org.eshkol.runtime.Children;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.Resource;
import org.eshkol.runtime.region.ArenaValue;

/**
 * What happens when counts go down, and what happens at zero. At zero, on the releasing thread and
 * exactly once (only one thread can take the count from 1 to 0): weak references stop finding the
 * value; its destructor runs with it; a resource is closed (a file port flushed and closed) unless
 * the destructor closed it; an arena value's storage is freed; then the counts the value held through
 * its own slots are given back, which may release those values in turn: a parent's destructor runs
 * before its children's. Values released by a release in progress on the same thread wait in a queue,
 * so a long chain of shared values never deepens the Java stack. A destructor that raises does not
 * stop the rest: the error is rethrown once everything pending is done.
 */
final class Reclaim {
    private Reclaim() {}

    private static final ThreadLocal<Pending> PENDING = ThreadLocal.withInitial(Pending::new);

    /** A slot of {@code container} took a count of {@code v} (nothing if it was released meanwhile). */
    static void storeRetain(SharedHeader h, Object v, Object container) {
        if (h.tryStoreRetain()) h.edgeAdded(container);
    }

    /**
     * A slot of {@code container} gives back the count it took; nothing when none of that
     * container's slots took one (a constructor filled it, or the value was shared after).
     */
    static void storeRelease(SharedHeader h, Object v, Object container) {
        if (!h.edgeRemoved(container)) return;
        int before = h.storeRelease(v);
        if (before == 1) destroy(h, v);
        else if (before > 1 && before != SharedHeader.KEPT) maybeCandidate(h, v);
    }

    /**
     * After {@code h.release()} returned {@code before}: raises for a double release, releases at zero.
     * {@link SharedHeader#KEPT}: still held, nothing to do.
     */
    static void released(String who, SharedHeader h, Object v, int before) {
        if (before == SharedHeader.KEPT) return;
        if (before == 0) throw SharedErrors.released(who, h);
        if (before == 1) destroy(h, v);
        else maybeCandidate(h, v);
    }

    /** A value whose count went down but not to zero may be the root of a garbage cycle. */
    private static void maybeCandidate(SharedHeader h, Object v) {
        if (!h.hasFlag(SharedHeader.BUFFERED) && !Children.isLeaf(v)) SharedRegistry.candidate(h);
    }

    /** The count of {@code v} reached zero. */
    static void destroy(SharedHeader h, Object v) {
        SharedRegistry.died(h);
        h.clearEdges();
        run(new Object[] {h, v});
    }

    /**
     * The cycle collector reclaims {@code members} ({header, value} pairs whose counts it already set
     * to zero): their counts on each other need no giving back ({@link Reach} skips released values),
     * those on values outside the cycle are given back.
     */
    static void destroyAll(List<Object[]> members) {
        for (Object[] m : members) {
            SharedRegistry.died((SharedHeader) m[0]);
            ((SharedHeader) m[0]).clearEdges();
        }
        run(members.toArray(new Object[0][]));
    }

    /** Finishes each job {header, value} and whatever they release in turn. */
    private static void run(Object[]... jobs) {
        Pending pending = PENDING.get();
        for (Object[] j : jobs) pending.jobs.add(j);
        if (pending.running) return; // a release in progress on this thread finishes them
        pending.running = true;
        RuntimeException failure = null;
        try {
            Object[] next;
            while ((next = pending.jobs.poll()) != null) {
                RuntimeException e = finish((SharedHeader) next[0], next[1]);
                if (failure == null) failure = e;
            }
        } finally {
            pending.running = false;
            pending.jobs.clear(); // only after an Error: what it left is dropped, as before
        }
        if (failure != null) throw failure;
    }

    /** This thread's releases waiting to finish, and whether a release is finishing them now. */
    private static final class Pending {
        final ArrayDeque<Object[]> jobs = new ArrayDeque<>();
        boolean running;
    }

    @SuppressWarnings("unchecked")
    private static RuntimeException finish(SharedHeader h, Object v) {
        RuntimeException failure = null;
        try {
            if (h.destructor instanceof Procedure p) p.call1(v);
            else if (h.destructor instanceof Consumer<?> c) ((Consumer<Object>) c).accept(v);
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            if (v instanceof Resource r && !r.isClosed()) r.close();
        } catch (RuntimeException e) {
            if (failure == null) failure = e;
        }
        if (v instanceof ArenaValue a) a.freeStorage();
        Reach.forEachShared(v, Reclaim::storeRelease);
        return failure;
    }
}
