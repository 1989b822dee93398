package org.eshkol.runtime.region;

import org.eshkol.runtime.DynamicState;

/**
 * Where escape analysis places one arena allocation. The compiler calls {@link #callerRegion()} or
 * {@link #heap()} after evaluating an allocating call's arguments and right before the call, so the
 * placement applies to that allocation only (the next {@link Region#allocationTarget()} on this
 * thread consumes it). Either placement outlives the default one, so a placement left unconsumed
 * (the call failed before allocating) can only make a later value live longer, never shorter.
 */
public final class AllocationSite {
    /** In the parent of the current region: a value that is only returned from its region. */
    public static final int CALLER_REGION = 1;
    /** On the heap: a value captured or stored beyond every region. */
    public static final int HEAP = 2;

    private AllocationSite() {}

    public static void callerRegion() { DynamicState.current().nextAllocation = CALLER_REGION; }

    public static void heap() { DynamicState.current().nextAllocation = HEAP; }
}
