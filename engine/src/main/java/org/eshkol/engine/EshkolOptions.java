package org.eshkol.engine;

import java.io.PrintStream;
import org.eshkol.engine.interop.ClassFilter;
import org.eshkol.runtime.region.RegionPolicy;

/**
 * How an {@link Eshkol} engine compiles and runs scripts. Immutable; build with the {@code with*}
 * methods from {@link #defaults()}.
 *
 * @param tracePass      the pass whose output is printed ({@code read}, {@code expand},
 *                       {@code analyze-variables}, {@code codegen}), or null
 * @param traceOut       where traces and ownership explanations go
 * @param evalStackBytes when positive, scripts run on engine-owned threads with a stack of this many
 *                       bytes, so deep non-tail recursion works from any caller thread; when zero they
 *                       run on the caller's thread, as deep as its stack allows
 * @param classFilter    the Java classes scripts may reach through interop
 * @param policy         what scripts may do to their host through builtins (files, network,
 *                       environment, {@code exit}); its class filter is the default of {@code classFilter}
 * @param explainOwnership print each owned value the ownership analysis lets move into a procedure
 *                       it cannot see (a Java method, a procedure received as an argument)
 */
public record EshkolOptions(String tracePass, PrintStream traceOut, long evalStackBytes, ClassFilter classFilter,
                            boolean explainOwnership, RegionPolicy regions,
                            java.util.function.Consumer<String> leakReports, boolean escapeAnalysis,
                            EshkolPolicy policy) {
    public EshkolOptions {
        java.util.Objects.requireNonNull(policy);
        if (evalStackBytes < 0) throw new IllegalArgumentException("negative stack size");
        java.util.Objects.requireNonNull(classFilter);
        java.util.Objects.requireNonNull(regions);
    }

    public EshkolOptions(String tracePass, PrintStream traceOut, long evalStackBytes, ClassFilter classFilter,
                         boolean explainOwnership) {
        this(tracePass, traceOut, evalStackBytes, classFilter, explainOwnership, RegionPolicy.DEFAULT, null, true, EshkolPolicy.trusted());
    }

    public EshkolOptions(String tracePass, PrintStream traceOut, long evalStackBytes, ClassFilter classFilter) {
        this(tracePass, traceOut, evalStackBytes, classFilter, false, RegionPolicy.DEFAULT, null, true, EshkolPolicy.trusted());
    }

    public static EshkolOptions defaults() { return new EshkolOptions(null, System.err, 0, ClassFilter.ALL); }

    public EshkolOptions withTrace(String pass, PrintStream out) {
        return new EshkolOptions(pass, out, evalStackBytes, classFilter, explainOwnership, regions, leakReports, escapeAnalysis, policy);
    }

    /** Run scripts on engine threads with {@code bytes} of stack (e.g. 512 MiB for million-deep recursion). */
    public EshkolOptions withEvalStack(long bytes) {
        return new EshkolOptions(tracePass, traceOut, bytes, classFilter, explainOwnership, regions, leakReports, escapeAnalysis, policy);
    }

    /**
     * What scripts may do to their host ({@link EshkolPolicy#untrusted()} for scripts written by
     * others); also sets the class filter to the policy's.
     */
    public EshkolOptions withPolicy(EshkolPolicy p) {
        return new EshkolOptions(tracePass, traceOut, evalStackBytes, p.classFilter(), explainOwnership, regions, leakReports,
                escapeAnalysis, p);
    }

    /** Restrict the Java classes scripts may reach (after {@link #withPolicy}: instead of the policy's filter). */
    public EshkolOptions withClassFilter(ClassFilter filter) {
        return new EshkolOptions(tracePass, traceOut, evalStackBytes, filter, explainOwnership, regions, leakReports, escapeAnalysis, policy);
    }

    /** Region memory and limits: e.g. the channel's allocator, or a smaller per-region byte limit. */
    public EshkolOptions withRegions(RegionPolicy policy) {
        return new EshkolOptions(tracePass, traceOut, evalStackBytes, classFilter, explainOwnership, policy, leakReports, escapeAnalysis, this.policy);
    }

    /** Send reports of resources scripts dropped unclosed to {@code listener} (null: the default). */
    public EshkolOptions withLeakReports(java.util.function.Consumer<String> listener) {
        return new EshkolOptions(tracePass, traceOut, evalStackBytes, classFilter, explainOwnership, regions, listener, escapeAnalysis, policy);
    }

    /** Turn escape analysis's decisions on (the default) or off (every decision conservative). */
    public EshkolOptions withEscapeAnalysis(boolean on) {
        return new EshkolOptions(tracePass, traceOut, evalStackBytes, classFilter, explainOwnership, regions, leakReports, on, policy);
    }

    /** Print, to {@code traceOut}, each owned value the analysis lets move into a procedure it cannot see. */
    public EshkolOptions withExplainOwnership(boolean on) {
        return new EshkolOptions(tracePass, traceOut, evalStackBytes, classFilter, on, regions, leakReports, escapeAnalysis, policy);
    }
}
