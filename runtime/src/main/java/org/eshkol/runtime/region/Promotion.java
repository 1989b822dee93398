package org.eshkol.runtime.region;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import org.eshkol.runtime.Children;

/**
 * Promotion: moves the arena values reachable from a value out of regions that are about to end
 * (or whose lifetime the value is about to outlive) into a longer-lived region or onto the heap. It
 * walks only what can hold arena values, as {@link Children} defines it: pairs, vectors, records, hash
 * tables, boxes, multiple values, error objects, the variables captured by closures, string ports.
 * Each value is relocated in place, so its identity and every alias stay coherent.
 */
public final class Promotion {
    private final Region dying;
    private final Region target;
    private final IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
    private final ArrayDeque<Object> work = new ArrayDeque<>();

    private Promotion(Region dying, Region target) {
        this.dying = dying;
        this.target = target;
    }

    /**
     * Moves every live arena value reachable from {@code v} that belongs to {@code dying} or a
     * region inside it into {@code target} ({@link Region#HEAP} for the heap). {@code dying} null
     * means every region: what a store into a place of unknown lifetime needs. Returns {@code v}.
     */
    public static Object promote(Object v, Region dying, Region target) {
        if (isLeaf(v)) return v;
        if (v instanceof ArenaValue a) {
            new Promotion(dying, target).visitArena(a);
            return v;
        }
        new Promotion(dying, target).run(v);
        return v;
    }

    /** True for values that cannot hold an arena value: numbers, strings, symbols, characters... */
    static boolean isLeaf(Object v) {
        return !(v instanceof ArenaValue) && Children.isLeaf(v);
    }

    private void run(Object root) {
        push(root);
        Object v;
        while ((v = work.poll()) != null) visit(v);
    }

    private void push(Object v) {
        if (isLeaf(v)) return;
        if (v instanceof ArenaValue a) {
            visitArena(a);
            return;
        }
        if (seen.put(v, Boolean.TRUE) == null) work.push(v);
    }

    private void visit(Object v) { Children.forEach(v, this::push); }

    private void visitArena(ArenaValue a) {
        Region from = a.region;
        if (from == Region.HEAP || from == target || !a.isLive()) return;
        if (dying != null && !dying.encloses(from)) return;
        a.promoteTo(target);
    }
}
