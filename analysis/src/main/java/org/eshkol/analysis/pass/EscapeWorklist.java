package org.eshkol.analysis.pass;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.eshkol.analysis.pass.EscapeGraph.Node;

/**
 * The worklist of {@link EscapeGraph}'s solver, in topological order: a node waiting for new objects
 * is taken only after every node upstream of it (through edges) that is waiting too, so a node
 * passes on the union of what several upstream changes bring instead of once per change. The order
 * is that of the strongly connected components of the edges (found with Tarjan's algorithm,
 * iterative, from the waiting nodes), sources first; nodes of one component share a rank and are
 * taken first in, first out.
 *
 * <p>Listeners add edges and make nodes while the solver runs, so the order goes stale: a node
 * without a rank (made, or first reached, since the ranks were computed) goes last, and an edge
 * into a node ranked before the one being processed sends the change backwards. Each such miss is
 * counted, and once they reach the number of nodes ranked last time the ranks are computed again
 * (so ranking costs at most about as much as the propagation that made it stale).
 */
final class EscapeWorklist {
    private static final int UNRANKED = Integer.MAX_VALUE;
    private static final int MIN_RERANK = 256;

    private final PriorityQueue<Node> queue = new PriorityQueue<>(EscapeWorklist::compare);
    /** The epoch of the current ranks: a node's rank counts only when its epoch is this one. */
    private int epoch;
    private long sequence;
    private int misses;
    private int ranked;
    /** The rank of the node being processed. */
    private int current = Integer.MIN_VALUE;
    /** How often the ranks were computed (a statistic for tests). */
    int rankings;

    private static int compare(Node a, Node b) {
        int c = Integer.compare(a.rank, b.rank);
        return c != 0 ? c : Long.compare(a.sequence, b.sequence);
    }

    boolean isEmpty() { return queue.isEmpty(); }

    void add(Node n) {
        if (n.queued) return;
        n.queued = true;
        if (n.rankEpoch != epoch) {
            n.rank = UNRANKED;
            n.rankEpoch = epoch;
        }
        if (n.rank == UNRANKED || n.rank < current) misses++;
        n.sequence = sequence++;
        queue.add(n);
    }

    /** The next node to process: the first in topological order. */
    Node poll() {
        if (misses >= Math.max(MIN_RERANK, ranked)) rank();
        Node n = queue.poll();
        n.queued = false;
        current = n.rank;
        return n;
    }

    /** Ranks every node reachable from the waiting ones in topological order of their components. */
    private void rank() {
        epoch++;
        misses = 0;
        rankings++;
        List<Node> waiting = new ArrayList<>(queue);
        queue.clear();
        Tarjan t = new Tarjan(epoch);
        for (Node n : waiting) t.visit(n);
        // Tarjan closes components sinks first: reverse the count so sources come first
        for (Node n : t.order) n.rank = t.components - n.rank;
        ranked = t.order.size();
        for (Node n : waiting) queue.add(n);
        current = Integer.MIN_VALUE;
    }

    /** Tarjan's algorithm over the edges; {@code Node.rank} temporarily holds the component's closing number. */
    private static final class Tarjan {
        private final int epoch;
        final List<Node> order = new ArrayList<>();
        private final ArrayDeque<Node> stack = new ArrayDeque<>();
        private int counter;
        int components;

        Tarjan(int epoch) { this.epoch = epoch; }

        void visit(Node root) {
            if (root.visitEpoch == epoch) return;
            ArrayDeque<Node> frames = new ArrayDeque<>();
            enter(root);
            frames.push(root);
            while (!frames.isEmpty()) {
                Node v = frames.peek();
                if (v.nextSucc < v.succ.size()) {
                    Node w = v.succ.get(v.nextSucc++);
                    if (w.visitEpoch != epoch) {
                        enter(w);
                        frames.push(w);
                    } else if (w.onStack) {
                        v.low = Math.min(v.low, w.index);
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    Node parent = frames.peek();
                    parent.low = Math.min(parent.low, v.low);
                }
                if (v.low == v.index) close(v);
            }
        }

        private void enter(Node v) {
            v.visitEpoch = epoch;
            v.rankEpoch = epoch;
            v.index = v.low = counter++;
            v.nextSucc = 0;
            v.onStack = true;
            stack.push(v);
            order.add(v);
        }

        private void close(Node v) {
            Node w;
            do {
                w = stack.pop();
                w.onStack = false;
                w.rank = components;
            } while (w != v);
            components++;
        }
    }
}
