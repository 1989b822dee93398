package org.eshkol.runtime.region;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import org.eshkol.runtime.Box;
import org.eshkol.runtime.ErrorObject;
import org.eshkol.runtime.MultipleValues;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.data.HashTable;
import org.eshkol.runtime.data.Record;
import org.eshkol.runtime.io.TextOutputPort;

/**
 * Promotion: moves the arena values reachable from a value out of regions that are about to end
 * (or whose lifetime the value is about to outlive) into a longer-lived region or onto the heap. It
 * walks only what can hold arena values: pairs, vectors, records, hash tables, boxes, multiple values,
 * error objects and the variables captured by closures. Each value is relocated in place, so its
 * identity and every alias stay coherent.
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
        return !(v instanceof ArenaValue || v instanceof Pair || v instanceof Object[] || v instanceof Procedure
                || v instanceof Record || v instanceof HashTable || v instanceof Box || v instanceof MultipleValues
                || v instanceof ErrorObject || v instanceof TextOutputPort);
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

    private void visit(Object v) {
        switch (v) {
            case Pair p -> {
                Object x = p;
                while (x instanceof Pair q) {
                    if (q != p && seen.put(q, Boolean.TRUE) != null) return;
                    push(q.car);
                    x = q.cdr;
                }
                push(x);
            }
            case Object[] vec -> { for (Object e : vec) push(e); }
            case Record r -> { for (Object e : r.fields) push(e); }
            case HashTable h -> {
                for (Object e : h.keySnapshot()) push(e);
                for (Object e : h.valueSnapshot()) push(e);
            }
            case Box b -> push(b.value);
            case MultipleValues m -> { for (Object e : m.values) push(e); }
            case ErrorObject e -> push(e.irritants());
            case Procedure f -> { for (Object e : f.capturedValues()) push(e); }
            case TextOutputPort t -> { if (t.arenaStorage() != null) push(t.arenaStorage()); }
            default -> {}
        }
    }

    private void visitArena(ArenaValue a) {
        Region from = a.region;
        if (from == Region.HEAP || from == target || !a.isLive()) return;
        if (dying != null && !dying.encloses(from)) return;
        int n = a.relocate(target);
        from.promoted(n);
    }
}
