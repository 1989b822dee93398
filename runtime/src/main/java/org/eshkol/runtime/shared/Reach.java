package org.eshkol.runtime.shared;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import org.eshkol.runtime.Children;

/**
 * The shared values a value holds: its children as {@link Children} defines them, looking through
 * unshared structure (a list inside a shared table) and stopping at each shared value found. A shared
 * value held in two slots is found twice (each slot is a count); an unshared structure reachable by
 * two paths is looked through once. Each value found comes with its <em>container</em>, the object
 * whose slot holds it: the edge a store's count belongs to ({@link SharedHeader#edgeAdded}). Stores
 * count what this finds, released values give it back, and the cycle collector follows it as the
 * edges between shared values. Released values are not found (they hold no counts any more).
 */
final class Reach {
    private Reach() {}

    /** Where a walk delivers each shared value found, with the object whose slot holds it. */
    @FunctionalInterface
    interface Sink {
        void accept(SharedHeader h, Object value, Object container);
    }

    /**
     * Gives {@code sink} the shared values {@code v} makes a slot of {@code container} hold: {@code v}
     * itself if it is shared, else those its unshared structure holds.
     */
    static void forEachHeld(Object v, Object container, Sink sink) {
        if (v == null) return;
        SharedHeader h = Shared.header(v);
        if (h != null) {
            if (h.alive()) sink.accept(h, v, container);
            return;
        }
        if (!Children.isLeaf(v)) forEachShared(v, sink);
    }

    /** Gives {@code sink} each shared value held by {@code root}'s slots (through unshared structure). */
    static void forEachShared(Object root, Sink sink) {
        if (Children.isLeaf(root)) return;
        new Walk(root, sink).run();
    }

    /**
     * One walk. Most shared values hold only leaves and other shared values (a vector of numbers, a
     * table of shared connections), so the work list and the seen set are made only when a slot holds
     * unshared structure to look through: sharing and releasing such a value allocates nothing here.
     */
    private static final class Walk {
        private final Sink sink;
        private final Object root;
        private final java.util.function.Consumer<Object> consider = this::consider;
        private ArrayDeque<Object> work;
        private IdentityHashMap<Object, Boolean> seen;
        private Object parent;

        Walk(Object root, Sink sink) {
            this.root = root;
            this.sink = sink;
        }

        void run() {
            parent = root;
            Children.forEach(root, consider);
            if (work == null) return;
            Object v;
            while ((v = work.poll()) != null) {
                parent = v;
                Children.forEach(v, consider);
            }
        }

        private void consider(Object c) {
            if (c == null) return;
            SharedHeader h = Shared.header(c);
            if (h != null) {
                if (h.alive()) sink.accept(h, c, parent);
                return;
            }
            if (Children.isLeaf(c)) return;
            if (seen == null) {
                seen = new IdentityHashMap<>();
                seen.put(root, Boolean.TRUE);
                work = new ArrayDeque<>();
            }
            if (seen.put(c, Boolean.TRUE) == null) work.push(c);
        }
    }
}
