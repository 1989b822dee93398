package org.eshkol.analysis.pass;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eshkol.analysis.ir.Program;
import org.junit.jupiter.api.Test;

/**
 * The solver's work (nodes processed, unions of a set into a node's set) grows about linearly with
 * the size of the problem on dense scripts ({@link DenseScripts}). Counted, not timed: the counts
 * are the same on every machine. With the former first-in-first-out worklist a node was processed
 * again for each of many small upstream changes, and the work grew about cubically.
 */
class EscapeSolverWorkTest {
    /** Doubling the script at most multiplies the work by this (linear is 2). */
    private static final double NEAR_LINEAR = 2.4;

    private record Work(long processed, long unions, long edges) {}

    private static Work solve(String name, String text) {
        Program p = EscapeTesting.program(name, text);
        VariableFacts vars = AnalyzeVariables.analyze(p.forms());
        EscapeGraphBuilder b = new EscapeGraphBuilder(vars, FindLoops.find(p.forms(), vars));
        b.build(p.forms());
        assertTrue(b.graph.solve(Long.MAX_VALUE));
        return new Work(b.graph.processed, b.graph.unions, b.graph.edgeCount());
    }

    private static void nearLinear(String what, long small, long large) {
        double ratio = (double) large / small;
        assertTrue(ratio <= NEAR_LINEAR, what + " grew " + ratio + " times when the script doubled (" + small + " -> " + large + ")");
    }

    @Test
    void workOnProceduresReturningEachOthersResultsGrowsLinearly() {
        Work w100 = solve("results100.esk", DenseScripts.results(100));
        Work w200 = solve("results200.esk", DenseScripts.results(200));
        Work w400 = solve("results400.esk", DenseScripts.results(400));
        nearLinear("nodes processed", w100.processed(), w200.processed());
        nearLinear("nodes processed", w200.processed(), w400.processed());
        nearLinear("unions", w100.unions(), w200.unions());
        nearLinear("unions", w200.unions(), w400.unions());
    }

    /**
     * In the chain the constraint graph itself grows quadratically (each deep read gets an edge from
     * every object it reaches), so the work is measured against it: each node is processed a
     * bounded number of times, and each edge carries about one union.
     */
    @Test
    void workOnADenseChainIsLinearInTheConstraintGraph() {
        Work w100 = solve("chain100.esk", DenseScripts.chain(100));
        Work w200 = solve("chain200.esk", DenseScripts.chain(200));
        Work w400 = solve("chain400.esk", DenseScripts.chain(400));
        nearLinear("nodes processed", w100.processed(), w200.processed());
        nearLinear("nodes processed", w200.processed(), w400.processed());
        for (Work w : new Work[] {w100, w200, w400}) {
            assertTrue(w.unions() <= 1.5 * w.edges(), "unions " + w.unions() + " for " + w.edges() + " edges");
        }
    }
}
