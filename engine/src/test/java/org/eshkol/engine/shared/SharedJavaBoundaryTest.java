package org.eshkol.engine.shared;

import static org.junit.jupiter.api.Assertions.*;

import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.eshkol.engine.Eshkol;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.shared.Shared;
import org.eshkol.runtime.shared.SharedHold;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Shared values crossing into Java are borrowed: a result returned by eval or invokeFunction has
 * the counts the evaluation held released when it returns; Java code keeps a value with a hold.
 */
class SharedJavaBoundaryTest {
    private static final String MK = """
            (define destroyed 0)
            (define (mk tag)
              (let ((s (shared (vector tag) (lambda (v) (set! destroyed (+ destroyed 1))))))
                (list s)))
            """;

    @AfterEach
    void forget() { SharedKeeper.forget(); }

    @Test
    void aResultReturnedToJavaIsReleasedWhenEvalReturns() {
        Eshkol e = new Eshkol();
        e.eval(MK);
        Object r = e.eval("(mk 1)");
        Object v = ((Pair) r).car;
        assertFalse(Shared.isShared(v));
        assertEquals(1L, e.eval("destroyed"));
    }

    @Test
    void aCountTheScriptRetainsForItsCallerIsTheCallersToGiveBack() {
        Eshkol e = new Eshkol();
        e.eval(MK);
        Object r = e.eval("(let ((p (mk 2))) (retain! (car p)) p)");
        Object v = ((Pair) r).car;
        assertEquals(0L, e.eval("destroyed"));
        try (SharedHold h = Shared.adopt(v)) {
            assertEquals(1, Shared.refCount(h.get()));
        }
        assertEquals(1L, e.eval("destroyed"));
    }

    @Test
    void invokeFunctionReleasesWhatTheProcedureHandsBack() throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("eshkol");
        engine.eval(MK);
        ((Invocable) engine).invokeFunction("mk", 3L);
        assertEquals(1L, engine.eval("destroyed"));
    }

    @Test
    void aJavaHolderThatTakesAHoldKeepsTheValue() {
        Eshkol e = new Eshkol();
        e.eval(MK);
        e.eval("(define (hand-over) (let ((p (mk 4))) (org.eshkol.engine.shared.SharedKeeper:keep (car p)) 'handed))");
        assertEquals("handed", e.eval("(symbol->string (hand-over))").toString());
        assertEquals(0L, e.eval("destroyed"));
        Object v = SharedKeeper.kept(0);
        assertEquals(1, Shared.refCount(v));
        SharedKeeper.forget();
        assertEquals(1L, e.eval("destroyed"));
    }

    @Test
    void aJavaHolderWithoutAHoldOnlyBorrowsIt() {
        Eshkol e = new Eshkol();
        e.eval(MK);
        e.eval("(let ((p (mk 5))) (org.eshkol.engine.shared.SharedKeeper:keepBorrowed (car p)))");
        assertEquals(1L, e.eval("destroyed"));
    }

    @Test
    void aScriptHandingJavaAnUnsharedValueToHoldGetsAScriptExceptionAtItsCall() {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("eshkol");
        javax.script.ScriptException e = assertThrows(javax.script.ScriptException.class,
                () -> engine.eval("(define v (vector 1))\n(org.eshkol.engine.shared.SharedKeeper:keep v)"));
        assertTrue(e.getMessage().contains("Shared.hold: vector #(1) is not a shared value"), e.getMessage());
        assertEquals(2, e.getLineNumber(), e.getMessage());
    }
}
