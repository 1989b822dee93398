package org.eshkol.analysis.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.eshkol.analysis.ir.Program;
import org.eshkol.analysis.pass.EscapeFacts.Escape;
import org.junit.jupiter.api.Test;

/**
 * The analysis stays fast on large scripts: a thousand request-style procedures (each works in a
 * region, calls the previous one and two helpers), and a chain of procedures that return
 * structures holding everything the previous ones returned (the dense case: its constraint graph
 * grows quadratically with the chain's length; {@link EscapeSolverWorkTest} checks the solver's work
 * against it).
 */
class EscapeScaleTest {

    @Test
    void aThousandRequestProceduresAnalyseQuickly() {
        int n = 1000;
        StringBuilder src = new StringBuilder("""
                (define (parse xs) (map (lambda (x) (* x 2)) xs))
                (define (summarize bv) (bytevector-u8-ref bv 0))
                (define (p0 xs) 0)
                """);
        for (int i = 1; i < n; i++) {
            src.append("(define (p").append(i).append(" xs) (with-region (let ((buf (make-bytevector 16)) (items (parse xs)))")
                    .append(" (for-each (lambda (x) (bytevector-u8-set! buf 0 x)) items)")
                    .append(" (+ (summarize buf) (p").append(i - 1).append(" (cdr items))))))\n");
        }
        src.append("(display (p").append(n - 1).append(" '(1 2 3)))\n");
        Program p = EscapeTesting.program("requests.esk", src.toString());
        EscapeFacts facts = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> unbudgeted(p));
        long regionBuffers = facts.lines().stream()
                .filter(l -> !l.binding() && l.escape() == Escape.NONE && l.alloc() == EscapeFacts.Alloc.REGION).count();
        // every buffer, every for-each lambda and each parse's map lambda stays in its scope
        assertEquals(2L * (n - 1) + 1, regionBuffers);
        assertEquals(0, facts.promotions().size());
    }

    @Test
    void aDenseChainOfReturnedStructuresTerminates() {
        int n = 200;
        StringBuilder src = new StringBuilder("(define (p0 x) (list x (make-bytevector 1)))\n");
        for (int i = 1; i < n; i++) {
            src.append("(define (p").append(i).append(" x) (let ((v (make-vector 2 x))) (for-each (lambda (e) (vector-set! v 0 e)) (p")
                    .append(i - 1).append(" (with-region (cons x (bytevector ").append(i % 256).append("))))) (if (odd? ").append(i)
                    .append(") v (list v))))\n");
        }
        Program p = EscapeTesting.program("chain.esk", src.toString());
        EscapeFacts facts = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> unbudgeted(p));
        long sites = facts.lines().stream().filter(l -> !l.binding()).count();
        assertEquals(2 + 5L * (n - 1), sites);
    }

    @Test
    void pastItsBudgetTheAnalysisFallsBackToConservativeDecisions() {
        StringBuilder src = new StringBuilder("(define (p0 x) (list x (make-bytevector 1)))\n");
        for (int i = 1; i < 60; i++) {
            src.append("(define (p").append(i).append(" x) (list (p").append(i - 1).append(" x) (with-region (bytevector 1))))\n");
        }
        Program p = EscapeTesting.program("budget.esk", src.toString());
        VariableFacts vars = AnalyzeVariables.analyze(p.forms());
        assertEquals(true, AnalyzeEscapes.analyze(p.forms(), vars, FindLoops.find(p.forms(), vars), 0).isConservative());
        assertEquals(false, unbudgeted(p).isConservative());
    }

    /** The analysis without its compile-time budget, so a loaded machine cannot change what is tested. */
    private static EscapeFacts unbudgeted(Program p) {
        VariableFacts vars = AnalyzeVariables.analyze(p.forms());
        return AnalyzeEscapes.analyze(p.forms(), vars, FindLoops.find(p.forms(), vars), Long.MAX_VALUE);
    }
}
