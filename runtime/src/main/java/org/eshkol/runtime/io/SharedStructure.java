package org.eshkol.runtime.io;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import org.eshkol.runtime.Pair;

/**
 * Finds the pairs and vectors of a value that need datum labels: those reached again while still
 * being walked (cycles), or, for {@code write-shared}, reached twice at all. The walk keeps its own
 * stack, so a list nested 100,000 deep or a million elements long costs heap, not Java stack.
 */
final class SharedStructure {
    private SharedStructure() {}

    /** Marks an object in the result that needs a label which is not assigned yet. */
    static final Integer UNASSIGNED = -1;

    private static final Object IN_PROGRESS = new Object();
    private static final Object DONE = new Object();

    /** True of the values that can be shared: pairs and non-empty vectors. */
    static boolean isCompound(Object v) {
        return v instanceof Pair || (v instanceof Object[] a && a.length > 0);
    }

    /**
     * The objects under {@code root} that need labels, each mapped to {@link #UNASSIGNED}; null when
     * none do.
     *
     * @param cyclesOnly label only objects that are their own descendants
     */
    static IdentityHashMap<Object, Integer> find(Object root, boolean cyclesOnly) {
        if (!isCompound(root)) return null;
        if (cyclesOnly && isSmallTree(root)) return null;
        IdentityHashMap<Object, Object> state = new IdentityHashMap<>();
        IdentityHashMap<Object, Integer> labels = null;
        Object[] nodes = new Object[64];
        int[] next = new int[64];
        int sp = 0;
        nodes[sp] = root;
        next[sp++] = 0;
        state.put(root, IN_PROGRESS);
        while (sp > 0) {
            Object node = nodes[sp - 1];
            Object child = child(node, next[sp - 1]++);
            if (child == DONE) {
                state.put(node, DONE);
                nodes[--sp] = null;
                continue;
            }
            if (!isCompound(child)) continue;
            Object seen = state.get(child);
            if (seen == null) {
                if (sp == nodes.length) {
                    nodes = java.util.Arrays.copyOf(nodes, sp * 2);
                    next = java.util.Arrays.copyOf(next, sp * 2);
                }
                state.put(child, IN_PROGRESS);
                nodes[sp] = child;
                next[sp++] = 0;
            } else if (seen == IN_PROGRESS || !cyclesOnly) {
                if (labels == null) labels = new IdentityHashMap<>();
                labels.put(child, UNASSIGNED);
            }
        }
        return labels;
    }

    /**
     * How many nodes {@link #isSmallTree} visits before it gives up: large enough that printing a
     * million-element list needs no identity map (the walk is cheap), small enough that a cyclic or
     * heavily shared value gives up within tens of milliseconds.
     */
    private static final int TREE_BUDGET = 1 << 22;

    /**
     * True when walking {@code root} as a tree (a shared node walked once per path to it) ends within
     * {@link #TREE_BUDGET} nodes. A walk that ends proves there is no cycle, without the identity map
     * that {@link #find} needs otherwise: the common case of printing a small value stays cheap.
     */
    private static boolean isSmallTree(Object root) {
        if (cdrCycle(root)) return false;
        ArrayList<Object> pending = new ArrayList<>();
        pending.add(root);
        for (int budget = TREE_BUDGET; !pending.isEmpty(); budget--) {
            if (budget == 0 || pending.size() > TREE_BUDGET) return false;
            Object node = pending.removeLast();
            if (node instanceof Pair p) {
                addIfCompound(pending, p.car);
                addIfCompound(pending, p.cdr);
            } else {
                for (Object e : (Object[]) node) addIfCompound(pending, e);
            }
        }
        return true;
    }

    /** Floyd's tortoise and hare along the cdrs: true when the list's spine is circular. */
    private static boolean cdrCycle(Object root) {
        Object slow = root;
        Object fast = root;
        while (fast instanceof Pair f && f.cdr instanceof Pair f2) {
            fast = f2.cdr;
            slow = ((Pair) slow).cdr;
            if (slow == fast) return true;
        }
        return false;
    }

    private static void addIfCompound(ArrayList<Object> pending, Object v) {
        if (isCompound(v)) pending.add(v);
    }

    /** The {@code i}th child of a pair (car, cdr) or vector, or {@link #DONE} past the last one. */
    private static Object child(Object node, int i) {
        if (node instanceof Pair p) return i == 0 ? p.car : i == 1 ? p.cdr : DONE;
        Object[] vec = (Object[]) node;
        return i < vec.length ? vec[i] : DONE;
    }
}
