package org.eshkol.runtime.shared;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Every shared value alive, for the fast flag, the leak report and the cycle collector's candidate
 * roots; and the garbage-collector safety net.
 *
 * <p><b>The fast flag.</b> {@link #LIVE} counts shared values not yet released. While it is zero the
 * store hooks ({@link Shared#stored}) and the compiler's scope-exit calls cost one volatile read.
 *
 * <p><b>The safety net.</b> A shared value that becomes unreachable while its count is not zero (a
 * holder forgot to release it) is reported once, with its site, to the leak listener:
 * {@code shared value leak: hash table (shared at app.esk:3) became unreachable with count 2; its
 * destructor did not run}. The destructor is deliberately not run: it takes the value, which the
 * collector has already discarded (keeping it reachable for the destructor would hide exactly the
 * leaks this net exists to report), and a destructor must run on the releasing thread at a
 * deterministic point, never on a collector thread at an arbitrary one. Resources a leaked value
 * held are closed by their own safety net, {@link org.eshkol.runtime.ResourceLeaks}.
 *
 * <p>The same thread, about once a second, merges the biased counts a thread left queued when it ended
 * ({@link BiasedCounts#settleEnded}): a value whose last count another thread released while its
 * owner was still alive, the owner then ending without touching it again. Only there does a
 * destructor run on this thread (the owner, which would have run it, is gone).
 */
final class SharedRegistry {
    private SharedRegistry() {}

    /** Shared values shared and not yet released, on all threads: zero lets every hook skip. */
    static final AtomicInteger LIVE = new AtomicInteger();

    private static final Set<SharedHeader> ALIVE = ConcurrentHashMap.newKeySet();
    private static final ConcurrentLinkedQueue<SharedHeader> CANDIDATES = new ConcurrentLinkedQueue<>();
    static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    private static volatile Consumer<String> listener = System.err::println;
    private static volatile Thread reaper;

    static void setListener(Consumer<String> l) { listener = l != null ? l : System.err::println; }

    static void report(String line) { listener.accept(line); }

    /** A value was just shared under {@code h}. */
    static void added(SharedHeader h) {
        ALIVE.add(h);
        LIVE.incrementAndGet();
        org.eshkol.runtime.StoreHooks.activate();
        if (reaper == null) startReaper();
    }

    /**
     * {@code h}'s count reached zero: forget it. A header on the value lets go of it (weak references
     * now find nothing); a side-table header stays, dead, until the collector takes the value, so the
     * value keeps answering "released" rather than "never shared".
     */
    static void died(SharedHeader h) {
        if (!h.side) h.clear();
        if (ALIVE.remove(h)) {
            LIVE.decrementAndGet();
            org.eshkol.runtime.StoreHooks.deactivate();
        }
    }

    /** {@code h}'s count was decremented to a value above zero: it may be the root of a garbage cycle. */
    static void candidate(SharedHeader h) {
        if (h.setFlag(SharedHeader.BUFFERED)) CANDIDATES.add(h);
    }

    /** Takes every buffered candidate root. */
    static List<SharedHeader> drainCandidates() {
        List<SharedHeader> out = new ArrayList<>();
        SharedHeader h;
        while ((h = CANDIDATES.poll()) != null) {
            h.clearFlag(SharedHeader.BUFFERED);
            out.add(h);
        }
        return out;
    }

    /** The headers of the values alive now. */
    static List<SharedHeader> alive() { return new ArrayList<>(ALIVE); }

    private static synchronized void startReaper() {
        if (reaper != null) return;
        Thread t = new Thread(SharedRegistry::reap, "eshkol-shared-safety-net");
        t.setDaemon(true);
        t.start();
        reaper = t;
    }

    private static void reap() {
        while (true) {
            try {
                Reference<?> r = QUEUE.remove(1000);
                if (r instanceof SharedHeader h) collected(h);
                BiasedCounts.settleEnded();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The collector found {@code h}'s value unreachable. */
    static void collected(SharedHeader h) {
        if (h.side) SideHeaders.remove(h);
        if (!ALIVE.remove(h)) return;
        LIVE.decrementAndGet();
        org.eshkol.runtime.StoreHooks.deactivate();
        int count = h.strong();
        if (count <= 0 || !h.setFlag(SharedHeader.LEAKED)) return;
        report("shared value leak: " + h.kind + " (shared at " + h.site + ") became unreachable with count "
                + count + "; its destructor did not run");
    }
}
