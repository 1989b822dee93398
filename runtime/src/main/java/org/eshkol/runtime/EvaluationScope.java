package org.eshkol.runtime;

import java.util.function.Consumer;
import org.eshkol.runtime.region.Region;
import org.eshkol.runtime.region.RegionPolicy;

/**
 * What an engine installs on a thread for one evaluation, and takes back afterwards: the region
 * policy (allocator and limits) and where resource-leak reports go. {@link #exit} also closes every
 * region the evaluation opened and left open ({@code region-open} without {@code region-close}, or an
 * evaluation that failed), so a request never leaves memory behind, whatever its script did.
 */
public final class EvaluationScope {
    private final DynamicState ds;
    private final Region mark;
    private final RegionPolicy savedPolicy;
    private final Consumer<String> savedLeaks;

    private EvaluationScope(DynamicState ds, RegionPolicy policy, Consumer<String> leakReports) {
        this.ds = ds;
        this.mark = ds.region;
        this.savedPolicy = ds.regionPolicy;
        this.savedLeaks = ds.leakReports;
        ds.regionPolicy = policy;
        if (leakReports != null) ds.leakReports = leakReports;
    }

    /**
     * @param policy      the region policy for this evaluation
     * @param leakReports where reports of resources created by this evaluation and dropped unclosed go;
     *                    null to keep what an enclosing evaluation installed (at the bottom, the
     *                    process-wide listener, {@link ResourceLeaks#setListener})
     */
    public static EvaluationScope enter(RegionPolicy policy, Consumer<String> leakReports) {
        return new EvaluationScope(DynamicState.current(), policy, leakReports);
    }

    /** Restores what was installed before and leaves open regions open (a REPL input's regions outlive it). */
    public void restore() {
        ds.nextAllocation = 0; // a placement left unconsumed (its call failed) ends with the evaluation
        ds.regionPolicy = savedPolicy;
        ds.leakReports = savedLeaks;
    }

    /** Closes what the evaluation left open (innermost first), then {@link #restore}s. */
    public void exit() {
        try {
            closeAbove(ds, mark);
        } finally {
            restore();
        }
    }

    /** Closes the regions opened on {@code ds}'s thread above {@code mark} (the region current before). */
    public static void closeAbove(DynamicState ds, Region mark) {
        Region r = ds.region;
        if (r == mark || r == null) return;
        while (r.parent() != mark && r.parent() != null) r = r.parent();
        if (r.parent() == mark) r.close();
    }
}
