package org.eshkol.engine.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.script.Compilable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.junit.jupiter.api.Test;

/** Ownership violations reject a script at compile time through javax.script, before any of it runs. */
class OwnershipErrorsTest {
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("eshkol");

    private static final String USE_AFTER_MOVE = """
            (define ran #t)
            (define (f m)
              (let ((x (owned (mutex-lock m))))
                (let ((y (move x)))
                  (display x)
                  (close y))))
            """;

    @Test
    void compileRejectsUseAfterMoveWithPosition() {
        engine.put(ScriptEngine.FILENAME, "owner.esk");
        ScriptException e = assertThrows(ScriptException.class, () -> ((Compilable) engine).compile(USE_AFTER_MOVE));
        assertEquals("owner.esk", e.getFileName());
        assertEquals(5, e.getLineNumber());
        assertEquals(16, e.getColumnNumber());
        assertTrue(e.getMessage().startsWith("ownership error: Use of moved value 'x'"), e.getMessage());
    }

    @Test
    void evalRunsNothingOfARejectedScript() {
        assertThrows(ScriptException.class, () -> engine.eval(USE_AFTER_MOVE));
        assertNull(engine.get("ran"));
    }

    @Test
    void correctOwnershipCompilesAndRuns() throws Exception {
        Object r = engine.eval("""
                (define m (make-mutex))
                (define (locked-twice)
                  (let ((g (owned (mutex-lock m))))
                    (let ((inside (mutex-locked? m)))
                      (close g)
                      (list inside (mutex-locked? m)))))
                (locked-twice)
                """);
        assertEquals("(#t #f)", String.valueOf(engine.eval("(let ((v (locked-twice))) (call-with-output-string (lambda (p) (write v p))))")));
        assertTrue(r != null);
    }
}
