package org.eshkol.runtime.shared;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.function.BiConsumer;
import org.eshkol.runtime.Children;

/**
 * The shared values a value holds: its children as {@link Children} defines them, looking through
 * unshared structure (a list inside a shared table) and stopping at each shared value found. A shared
 * value held in two slots is found twice (each slot is a count); an unshared structure reachable by
 * two paths is looked through once. Stores count what this finds, released values give it back,
 * and the cycle collector follows it as the edges between shared values. Released values are not
 * found (they hold no counts any more).
 */
final class Reach {
    private Reach() {}

    /** Gives {@code sink} the shared values {@code v} makes a place hold: {@code v} itself if it is shared. */
    static void forEachHeld(Object v, BiConsumer<SharedHeader, Object> sink) {
        if (v == null) return;
        SharedHeader h = Shared.header(v);
        if (h != null) {
            if (h.alive()) sink.accept(h, v);
            return;
        }
        if (!Children.isLeaf(v)) forEachShared(v, sink);
    }

    /** Gives {@code sink} each shared value held by {@code root}'s slots (through unshared structure). */
    static void forEachShared(Object root, BiConsumer<SharedHeader, Object> sink) {
        if (Children.isLeaf(root)) return;
        new Walk(root, sink).run();
    }

    private static final class Walk {
        private final BiConsumer<SharedHeader, Object> sink;
        private final ArrayDeque<Object> work = new ArrayDeque<>();
        private final IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        private final Object root;

        Walk(Object root, BiConsumer<SharedHeader, Object> sink) {
            this.root = root;
            this.sink = sink;
        }

        void run() {
            seen.put(root, Boolean.TRUE);
            Children.forEach(root, this::consider);
            Object v;
            while ((v = work.poll()) != null) Children.forEach(v, this::consider);
        }

        private void consider(Object c) {
            if (c == null) return;
            SharedHeader h = Shared.header(c);
            if (h != null) {
                if (h.alive()) sink.accept(h, c);
                return;
            }
            if (!Children.isLeaf(c) && seen.put(c, Boolean.TRUE) == null) work.push(c);
        }
    }
}
