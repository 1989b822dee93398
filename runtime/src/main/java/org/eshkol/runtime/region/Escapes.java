package org.eshkol.runtime.region;

import org.eshkol.runtime.DynamicState;

/**
 * The store check: a value stored where it may outlive the region it was made in ({@code set!} of a
 * global, {@code set-car!}, {@code vector-set!}, {@code hash-table-set!}, record setters, Java
 * interop) has the arena values reachable from it promoted to the heap first, so the store never
 * leaves a dangling handle. Without escape analysis the destination's lifetime is unknown, so the
 * heap is the only safe destination. The common case costs one volatile read: no arena anywhere
 * holds memory.
 */
public final class Escapes {
    private Escapes() {}

    /** Promotes what {@code v} reaches out of every open region, before {@code v} is stored. */
    public static void stored(Object v) {
        if (org.eshkol.runtime.StoreHooks.active() && !Promotion.isLeaf(v)) storedSlow(v);
    }

    private static void storedSlow(Object v) {
        DynamicState ds = DynamicState.current();
        // only this thread's arenas can be reached from here: every way a value leaves its
        // thread (a global, a Java call, a shared structure) went through this check first
        ThreadRegions counts = ds.regions;
        if (counts == null || !counts.hasLiveArenas()) return;
        if (ds.region == null) {
            // no region open here: only a value from a popped region (Java API) can still be in an arena
            if (v instanceof ArenaValue a) a.promoteToHeapIfLive();
            return;
        }
        StoreWalker.promoteToHeap(ds, v);
    }
}
