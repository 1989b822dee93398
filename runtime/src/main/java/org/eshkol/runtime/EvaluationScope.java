package org.eshkol.runtime;

import java.util.function.Consumer;
import org.eshkol.runtime.policy.Policy;
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
    private final Policy savedSandbox;

    private EvaluationScope(DynamicState ds, RegionPolicy policy, Consumer<String> leakReports, Policy sandbox) {
        this.ds = ds;
        this.mark = ds.region;
        this.savedPolicy = ds.regionPolicy;
        this.savedLeaks = ds.leakReports;
        this.savedSandbox = ds.policy;
        install(ds, policy, leakReports);
        ds.policy = sandbox;
    }

    /**
     * Installs {@code policy} and {@code leakReports} (null: keep the current destination) on
     * {@code ds}, writing only what changes. With {@link #uninstall}, what a caller on a hot path uses
     * instead of an instance (JSR-223 calls save the three fields in locals).
     */
    public static void install(DynamicState ds, RegionPolicy policy, Consumer<String> leakReports) {
        ds.evaluations++;
        if (ds.regionPolicy != policy) ds.regionPolicy = policy;
        if (leakReports != null && ds.leakReports != leakReports) ds.leakReports = leakReports;
    }

    /**
     * Ends an evaluation installed with {@link #install}: closes the regions it left open above
     * {@code mark}, then puts back the saved policy and leak destination and drops a placement left
     * unconsumed (its call failed).
     */
    public static void uninstall(DynamicState ds, Region mark, RegionPolicy savedPolicy, Consumer<String> savedLeaks) {
        try {
            closeAbove(ds, mark);
        } finally {
            restore(ds, savedPolicy, savedLeaks);
        }
    }

    private static void restore(DynamicState ds, RegionPolicy savedPolicy, Consumer<String> savedLeaks) {
        ds.nextAllocation = 0;
        if (--ds.evaluations == 0 && ds.regions != null) ds.regions.quiesce();
        if (ds.regionPolicy != savedPolicy) ds.regionPolicy = savedPolicy;
        if (ds.leakReports != savedLeaks) ds.leakReports = savedLeaks;
    }

    /**
     * @param policy      the region policy for this evaluation
     * @param leakReports where reports of resources created by this evaluation and dropped unclosed go;
     *                    null to keep what an enclosing evaluation installed (at the bottom, the
     *                    process-wide listener, {@link ResourceLeaks#setListener})
     */
    public static EvaluationScope enter(RegionPolicy policy, Consumer<String> leakReports) {
        DynamicState ds = DynamicState.current();
        return new EvaluationScope(ds, policy, leakReports, ds.policy);
    }

    /**
     * {@link #enter(RegionPolicy, Consumer)} that also installs {@code sandbox}, what the builtins
     * that reach outside the script may do, until {@link #restore} or {@link #exit}.
     */
    public static EvaluationScope enter(RegionPolicy policy, Consumer<String> leakReports, Policy sandbox) {
        return new EvaluationScope(DynamicState.current(), policy, leakReports, java.util.Objects.requireNonNull(sandbox));
    }

    /** Restores what was installed before and leaves open regions open (a REPL input's regions outlive it). */
    public void restore() {
        ds.policy = savedSandbox;
        restore(ds, savedPolicy, savedLeaks);
    }

    /** Closes what the evaluation left open (innermost first), then {@link #restore}s. */
    public void exit() {
        try {
            uninstall(ds, mark, savedPolicy, savedLeaks);
        } finally {
            ds.policy = savedSandbox;
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
