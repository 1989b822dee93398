package org.eshkol.runtime.shared;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The cycle collector: synchronous trial deletion (Bacon and Rajan, "Concurrent Cycle Collection in
 * Reference Counted Systems", 2001, the synchronous algorithm). It starts only from candidate roots,
 * the shared values whose count was decremented to a value above zero since the last collection;
 * from them it subtracts the counts that shared values' own slots account for ({@link Reach}, the
 * same edges stores count); what ends at zero is held only by itself: a garbage cycle. Each cycle is
 * reported with its members' sites; its members are reclaimed (destructors run, counts they hold on
 * live values given back) only when the embedder enabled that ({@link #setReclaim}).
 *
 * <p>Unlike the paper, trial counts live in this collection's own table, never in the headers, so
 * threads that retain and release meanwhile are never confused. Before reclaiming a cycle the
 * collector checks that no member's real count, nor the edges holding its counts, changed since it
 * looked (a weak reference upgraded meanwhile, a slot's count moved to an outside holder); if one
 * did, that cycle is left for a later collection.
 *
 * <p>A value biased to a thread ({@link BiasedCounts}) is merged first when the collector may (it runs
 * on the owner thread, or the owner has ended); a value biased to another live thread counts as held
 * from outside, since its owner's part cannot be read: it and what it reaches are never garbage.
 */
public final class SharedCycles {
    private SharedCycles() {}

    private static volatile boolean reclaim;

    /** One member of a garbage cycle: its kind, where it was shared, its count when found. */
    public record Member(String kind, String site, int count) {
        @Override
        public String toString() { return kind + " (shared at " + site + ", count " + count + ")"; }
    }

    /** The members of one garbage cycle, and whether they were reclaimed. */
    public record Cycle(List<Member> members, boolean reclaimed) {
        public String describe() {
            return "shared cycle: " + members.size() + " value" + (members.size() == 1 ? "" : "s")
                    + " held only by each other: " + members.stream().map(Member::toString).collect(Collectors.joining(", "))
                    + (reclaimed ? "; reclaimed" : "; not reclaimed (reclaiming is off)");
        }
    }

    /**
     * Whether found cycles are reclaimed (off by default: they are only reported). Trial deletion
     * subtracts only for edges that hold counts, so a value a live holder still counts is never taken
     * for garbage; what it cannot see is a reference that holds no count at all (a global bound by
     * {@code define} to a value that is not its own, a Java object that took no hold), which a plain
     * {@code release!} would not respect either.
     */
    public static void setReclaim(boolean on) { reclaim = on; }

    public static boolean reclaims() { return reclaim; }

    /**
     * Runs the collector on a daemon thread every {@code period}; closing the result stops it. Cycles
     * found are reported to {@link Shared#setReportListener the report listener}.
     */
    public static AutoCloseable startPeriodic(Duration period) {
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "eshkol-shared-cycles");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(1, period.toMillis());
        s.scheduleWithFixedDelay(SharedCycles::collect, ms, ms, TimeUnit.MILLISECONDS);
        return s::shutdownNow;
    }

    /** Collects now: finds, reports and (if enabled) reclaims the garbage cycles among the candidates. */
    public static synchronized List<Cycle> collect() {
        Trial t = new Trial();
        List<Node> roots = new ArrayList<>();
        for (SharedHeader h : SharedRegistry.drainCandidates()) {
            Node n = t.node(h, h.get());
            if (n != null) roots.add(n);
        }
        for (Node r : roots) t.markGray(r);
        for (Node r : roots) t.scan(r);
        List<Cycle> found = new ArrayList<>();
        for (List<Node> component : t.whiteComponents()) {
            boolean reclaimed = reclaim && t.reclaim(component);
            List<Member> members = new ArrayList<>();
            for (Node n : component) {
                n.header.setFlag(SharedHeader.IN_CYCLE);
                members.add(new Member(n.header.kind, n.header.site, n.count));
            }
            Cycle c = new Cycle(List.copyOf(members), reclaimed);
            found.add(c);
            SharedRegistry.report(c.describe());
        }
        return found;
    }

    /**
     * The count taken for a value biased to another live thread: its owner's part cannot be read, so
     * it is held from outside as far as a collection can tell (never garbage, never reclaimed).
     */
    private static final int HELD_ELSEWHERE = 1 << 30;

    private enum Color { BLACK, GRAY, WHITE }

    /** One shared value seen by a collection: its real count when first seen, its trial count, its edges. */
    private static final class Node {
        final SharedHeader header;
        final Object value;
        final int count;
        /** The header's edge version when first seen, before its edges were read. */
        final int version;
        int trial;
        Color color = Color.BLACK;
        List<Node> children;

        Node(SharedHeader header, Object value, int count, int version) {
            this.header = header;
            this.value = value;
            this.count = count;
            this.version = version;
            this.trial = count;
        }
    }

    /** The state of one collection. */
    private static final class Trial {
        final Map<SharedHeader, Node> nodes = new IdentityHashMap<>();

        Node node(SharedHeader h, Object v) {
            Node n = nodes.get(h);
            if (n != null) return n;
            int version = h.edgeVersion();
            int count = BiasedCounts.collectorCount(h, HELD_ELSEWHERE);
            if (v == null || count <= 0) return null;
            n = new Node(h, v, count, version);
            nodes.put(h, n);
            return n;
        }

        /**
         * The edges out of {@code n} that hold counts: a slot of a container that took a store count
         * of the child ({@link SharedHeader#edgesFrom}). A slot that holds no count (filled by a
         * constructor, or holding a value shared only afterwards) is no edge here: subtracting for it
         * could cancel a live holder's count and take a value still held for garbage.
         */
        List<Node> children(Node n) {
            if (n.children == null) {
                List<Node> cs = new ArrayList<>();
                Map<SharedHeader, Map<Object, int[]>> used = new IdentityHashMap<>();
                Reach.forEachShared(n.value, (h, v, container) -> {
                    int[] taken = used.computeIfAbsent(h, k -> new IdentityHashMap<>()).computeIfAbsent(container, k -> new int[1]);
                    if (taken[0] >= h.edgesFrom(container)) return;
                    taken[0]++;
                    Node c = node(h, v);
                    if (c != null) cs.add(c);
                });
                n.children = cs;
            }
            return n.children;
        }

        /** Subtracts the counts the subgraph reachable from {@code root} accounts for. */
        void markGray(Node root) {
            if (root.color == Color.GRAY) return;
            root.color = Color.GRAY;
            ArrayDeque<Node> work = new ArrayDeque<>();
            work.push(root);
            Node n;
            while ((n = work.poll()) != null) {
                for (Node c : children(n)) {
                    c.trial--;
                    if (c.color != Color.GRAY) {
                        c.color = Color.GRAY;
                        work.push(c);
                    }
                }
            }
        }

        /** Gray nodes still counted from outside turn black (restoring what they hold); the rest white. */
        void scan(Node root) {
            ArrayDeque<Node> work = new ArrayDeque<>();
            work.push(root);
            Node n;
            while ((n = work.poll()) != null) {
                if (n.color != Color.GRAY) continue;
                if (n.trial > 0) {
                    scanBlack(n);
                } else {
                    n.color = Color.WHITE;
                    for (Node c : children(n)) work.push(c);
                }
            }
        }

        private void scanBlack(Node root) {
            root.color = Color.BLACK;
            ArrayDeque<Node> work = new ArrayDeque<>();
            work.push(root);
            Node n;
            while ((n = work.poll()) != null) {
                for (Node c : children(n)) {
                    c.trial++;
                    if (c.color != Color.BLACK) {
                        c.color = Color.BLACK;
                        work.push(c);
                    }
                }
            }
        }

        /** The white nodes, grouped by the edges between them. */
        List<List<Node>> whiteComponents() {
            Set<Node> left = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            Map<Node, List<Node>> undirected = new IdentityHashMap<>();
            for (Node n : nodes.values()) {
                if (n.color != Color.WHITE) continue;
                left.add(n);
                undirected.computeIfAbsent(n, k -> new ArrayList<>());
                for (Node c : n.children) {
                    if (c.color != Color.WHITE) continue;
                    undirected.get(n).add(c);
                    undirected.computeIfAbsent(c, k -> new ArrayList<>()).add(n);
                }
            }
            List<List<Node>> out = new ArrayList<>();
            for (Node start : nodes.values()) {
                if (!left.remove(start)) continue;
                List<Node> component = new ArrayList<>();
                ArrayDeque<Node> work = new ArrayDeque<>();
                work.push(start);
                Node n;
                while ((n = work.poll()) != null) {
                    component.add(n);
                    for (Node m : undirected.get(n)) if (left.remove(m)) work.push(m);
                }
                out.add(component);
            }
            return out;
        }

        /** Releases the members of a garbage cycle, unless a count changed since they were seen. */
        boolean reclaim(List<Node> component) {
            // a count that moved meanwhile (a slot's count given back while an outside holder took
            // one) leaves the count as it was but changes the edges: both must be as they were seen
            for (Node n : component) if (n.header.strong() != n.count || n.header.edgeVersion() != n.version) return false;
            List<Object[]> members = new ArrayList<>();
            for (Node n : component) {
                if (n.header.zeroIf(n.count)) members.add(new Object[] {n.header, n.value});
            }
            Reclaim.destroyAll(members);
            return true;
        }
    }
}
