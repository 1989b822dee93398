package org.eshkol.analysis.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.expand.Expander;
import org.eshkol.analysis.ir.Program;
import org.eshkol.analysis.read.Reader;
import org.eshkol.analysis.source.SourceFile;
import org.junit.jupiter.api.Test;

/** Which letrecs {@link FindLoops} proves to be loops. */
class FindLoopsTest {

    private static int loops(String text) {
        SourceFile file = new SourceFile("t.esk", text);
        Diagnostics diags = new Diagnostics();
        Program p = Expander.expandProgram(file, Reader.readAll(file, diags), diags);
        diags.throwIfAny();
        VariableFacts facts = AnalyzeVariables.analyze(p.forms());
        return FindLoops.find(p.forms(), facts).size();
    }

    @Test
    void namedLetAndDoAreLoops() {
        assertEquals(1, loops("(let loop ((i 0)) (if (< i 10) (loop (+ i 1)) i))"));
        assertEquals(1, loops("(do ((i 0 (+ i 1))) ((= i 3)) (display i))"));
    }

    @Test
    void nestedLoopsInTailPositionAreBothLoops() {
        assertEquals(2, loops("(let outer ((i 0)) (if (< i 3) (let inner ((j 0)) (if (< j i) (inner (+ j 1)) (outer (+ i 1)))) 'done))"));
    }

    @Test
    void aNonTailCallIsNoLoop() {
        assertEquals(0, loops("(let loop ((i 3)) (if (= i 0) '() (cons i (loop (- i 1)))))"));
    }

    @Test
    void aLoopThatEscapesIsNoLoop() {
        assertEquals(0, loops("(let loop ((i 0)) (if (< i 3) (begin (set! x loop) (loop (+ i 1)))))"));
        assertEquals(0, loops("(let loop ((i 0)) (map (lambda (k) (loop k)) '()))"));
    }

    @Test
    void anInnerLoopCallingTheOuterFromANonTailPositionMakesTheOuterNoLoop() {
        assertEquals(1, loops("(let outer ((i 0)) (if (< i 3) (+ 1 (let inner ((j 0)) (if (< j i) (inner (+ j 1)) (outer (+ i 1))))) 0))"));
    }

    @Test
    void eachLetrecGetsItsOwnVerdict() {
        assertEquals(2, loops("(define (f) (let a ((i 0)) (if (< i 1) (a 1)))) (define (g) (let b ((i 0)) (if (< i 1) (b 1))))"));
    }
}
