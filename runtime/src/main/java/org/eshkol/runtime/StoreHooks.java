package org.eshkol.runtime;

import java.util.concurrent.atomic.AtomicInteger;
import org.eshkol.runtime.region.Escapes;
import org.eshkol.runtime.shared.Shared;

/**
 * The one check a store into a slot makes ({@code vector-set!}, {@code set-car!}, {@code set!} of a
 * global, record setters...): while no arena holds memory and no shared value is alive anywhere, it
 * is a single volatile read, so stores in tight loops stay as cheap as plain array writes. Otherwise
 * it runs the region store check (promote what the new value reaches out of open regions) and the
 * shared-value counting (retain the new value, release the old one), before the slot is written.
 */
public final class StoreHooks {
    /** Threads whose arenas hold chunks (see region.ThreadRegions) plus shared values alive. */
    private static final AtomicInteger ACTIVE = new AtomicInteger();

    private StoreHooks() {}

    /** Called before {@code slot = v} replaces {@code old}; the slot is one of {@code container}'s. */
    public static void storing(Object container, Object old, Object v) {
        if (ACTIVE.get() != 0) slow(container, old, v);
    }

    private static void slow(Object container, Object old, Object v) {
        Escapes.stored(v);
        Shared.stored(container, old, v);
    }

    /**
     * A store escape analysis proved cannot carry an arena value out of its region: only the
     * shared-value counting remains.
     */
    public static void storingProven(Object container, Object old, Object v) {
        if (ACTIVE.get() != 0) Shared.stored(container, old, v);
    }

    /** True while some thread's arena holds chunks or a shared value is alive: stores run their checks. */
    public static boolean active() { return ACTIVE.get() != 0; }

    /** A thread's arenas started holding chunks, or a value was shared. */
    public static void activate() { ACTIVE.incrementAndGet(); }

    /** A thread stopped counting for its arenas, or a shared value was released. */
    public static void deactivate() { ACTIVE.decrementAndGet(); }
}
