package org.eshkol.runtime.region;

import org.eshkol.runtime.DynamicState;

/**
 * One evaluation's hold on this thread's regions: {@link #enter} installs the engine's policy and
 * remembers the current region; {@link #exit} closes every region the evaluation opened and left
 * open ({@code region-open} without {@code region-close}, or an evaluation that failed), then
 * restores the policy. So a request never leaves memory behind, whatever its script did.
 */
public final class RegionScope {
    private final DynamicState ds;
    private final Region mark;
    private final RegionPolicy savedPolicy;

    private RegionScope(DynamicState ds, RegionPolicy policy) {
        this.ds = ds;
        this.mark = ds.region;
        this.savedPolicy = ds.regionPolicy;
        ds.regionPolicy = policy;
    }

    public static RegionScope enter(RegionPolicy policy) { return new RegionScope(DynamicState.current(), policy); }

    /** Restores the previous policy and leaves open regions open (a REPL input's regions outlive it). */
    public void restorePolicy() { ds.regionPolicy = savedPolicy; }

    /** Closes what the evaluation left open (innermost first) and restores the previous policy. */
    public void exit() {
        try {
            Region r = ds.region;
            if (r != mark && r != null) {
                while (r.parent() != mark && r.parent() != null) r = r.parent();
                if (r.parent() == mark) r.close();
            }
        } finally {
            ds.regionPolicy = savedPolicy;
        }
    }
}
