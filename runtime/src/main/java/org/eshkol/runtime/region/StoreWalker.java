package org.eshkol.runtime.region;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import org.eshkol.runtime.Children;
import org.eshkol.runtime.DynamicState;

/**
 * The store check's walk, one per thread, with a memory: every container it has walked while this
 * thread's regions are open is clean afterwards (any arena value found in it was moved to the heap),
 * and stays clean, because every later store into it goes through the same check. So storing
 * {@code (cons x list)} into a global walks only the new pair, not the whole list again: building a
 * structure by repeated stores is linear, not quadratic. The memory is dropped when the thread's
 * outermost region closes.
 *
 * <p>Not seen by the check: {@code set!} of a local variable captured by a closure (a plain box
 * write). A value stored that way and later reached through a container the check knows as clean is
 * not promoted; if its region ends, using it raises the use-after-region error.
 */
public final class StoreWalker {
    private final IdentityHashMap<Object, Boolean> clean = new IdentityHashMap<>();

    StoreWalker() {}
    private final ArrayDeque<Object> work = new ArrayDeque<>();

    /** Moves to the heap every live arena value {@code v} reaches outside what is known clean. */
    static void promoteToHeap(DynamicState ds, Object v) {
        StoreWalker w = ds.storeWalker;
        if (w == null) ds.storeWalker = w = new StoreWalker();
        w.walk(v);
    }

    /** Forgets what this thread's walker knew (its outermost region ended). */
    static void forget(DynamicState ds) {
        StoreWalker w = ds.storeWalker;
        if (w != null && !w.clean.isEmpty()) w.clean.clear();
    }

    private void walk(Object root) {
        push(root);
        Object v;
        while ((v = work.poll()) != null) Children.forEach(v, this::push);
    }

    private void push(Object v) {
        if (v instanceof ArenaValue a) {
            a.promoteToHeapIfLive();
            return;
        }
        if (Children.isLeaf(v)) return;
        if (clean.put(v, Boolean.TRUE) == null) work.push(v);
    }
}
