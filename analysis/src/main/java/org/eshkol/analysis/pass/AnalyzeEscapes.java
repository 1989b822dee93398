package org.eshkol.analysis.pass;

import java.util.List;
import java.util.Set;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.Program;

/**
 * Core -> {@link EscapeFacts}: escape analysis (spec "Escape Analysis", Phase 2). Classifies every
 * binding and allocation site as {@code none}, {@code return}, {@code closure} or {@code global}
 * relative to its scope (its innermost enclosing procedure or with-region body), and from that
 * decides where arena-backed values are allocated and which promotions can be skipped.
 *
 * <p>The analysis is a flow-insensitive points-to analysis over the whole script
 * ({@link EscapeGraphBuilder} builds the constraints, {@link EscapeGraph} solves them to a fixed
 * point, {@link EscapeClassifier} reads the categories off the solution). It is interprocedural for
 * the procedures it can see: top-level procedures defined once and never assigned, procedures bound
 * by {@code let} and {@code letrec}, and lambdas called or passed directly; builtins act as their
 * {@link EscapeBuiltins} entry says. Anything else (unknown globals, Java interop, {@code apply} of
 * an unknown procedure, builtins not in the table) is an unknown call: its arguments escape
 * globally and its result is unknown. Nodes are not changed.
 *
 * <p>Assumption: a known top-level procedure is not redefined by later code (a later REPL input or
 * the embedder); code that redefines one must be compiled with {@link EscapeFacts#conservative()}.
 */
public final class AnalyzeEscapes {
    private AnalyzeEscapes() {}

    public static EscapeFacts analyze(Program program) { return analyze(program.forms()); }

    /** How long the solver may run for one program: {@code -Deshkol.escape.budgetMillis}, 2000 by default. */
    static final long BUDGET_NANOS = Long.getLong("eshkol.escape.budgetMillis", 2000) * 1_000_000L;

    public static EscapeFacts analyze(List<Core> forms) {
        VariableFacts vars = AnalyzeVariables.analyze(forms);
        return analyze(forms, vars, FindLoops.find(forms, vars));
    }

    /** With the facts of {@link AnalyzeVariables} and {@link FindLoops} already computed for {@code forms}. */
    public static EscapeFacts analyze(List<Core> forms, VariableFacts vars, Set<Core.Letrec> loops) {
        return analyze(forms, vars, loops, BUDGET_NANOS);
    }

    /**
     * With a compile-time budget for the solver: past it, every decision is the conservative default
     * (results are the same either way; only placement and promotion costs differ).
     */
    public static EscapeFacts analyze(List<Core> forms, VariableFacts vars, Set<Core.Letrec> loops, long budgetNanos) {
        EscapeGraphBuilder b = new EscapeGraphBuilder(vars, loops);
        b.build(forms);
        if (!b.graph.solve(budgetNanos)) return EscapeFacts.conservative();
        return new EscapeClassifier(b).classify();
    }
}
