package org.eshkol.engine.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.Test;

/**
 * Engine-control settings ({@link EngineControl}) are never visible to or writable by scripts,
 * whatever scope holds them: a script cannot switch its own time limit off.
 */
class EngineControlTest {
    private static final String LOOP = "(let loop () (loop))";

    private static void assertStoppedByTheLimit(ScriptEngine e, ScriptContext ctx) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            ScriptException x = assertThrows(ScriptException.class, () -> e.eval(LOOP, ctx));
            assertTrue(x.getMessage().contains("time limit"), x.getMessage());
        });
    }

    /** Tries every way a script might turn the limit off; the next evaluation's loop must still be stopped. */
    private static void tryToEscape(ScriptEngine e, ScriptContext ctx) {
        for (String attempt : new String[] {"(set! eshkol.timeLimitMillis 0)", "(define eshkol.timeLimitMillis 0)"}) {
            try {
                e.eval(attempt, ctx);
            } catch (ScriptException ignored) {
                // set! of an unbound variable fails: the attribute is no global; what matters is the next eval
            }
        }
    }

    @Test
    void aScriptCannotSwitchOffAnEngineScopeLimit() {
        ScriptEngine e = new EshkolScriptEngineFactory().getScriptEngine();
        e.put(EshkolScriptEngine.TIME_LIMIT, 200);
        tryToEscape(e, e.getContext());
        assertStoppedByTheLimit(e, e.getContext());
        assertEquals(200, e.get(EshkolScriptEngine.TIME_LIMIT), "the embedder still reads its setting");
    }

    @Test
    void aScriptCannotReadTheLimit() {
        ScriptEngine e = new EshkolScriptEngineFactory().getScriptEngine();
        e.put(EshkolScriptEngine.TIME_LIMIT, 5000);
        ScriptException x = assertThrows(ScriptException.class, () -> e.eval("eshkol.timeLimitMillis"));
        assertTrue(x.getMessage().contains("unbound variable: eshkol.timeLimitMillis"), x.getMessage());
    }

    @Test
    void aScriptCannotSwitchOffALimitInForeignBindings() {
        ScriptEngine e = new EshkolScriptEngineFactory().getScriptEngine();
        SimpleScriptContext ctx = new SimpleScriptContext();
        Bindings b = new SimpleBindings();
        b.put(EshkolScriptEngine.TIME_LIMIT, 200);
        ctx.setBindings(b, ScriptContext.ENGINE_SCOPE);
        tryToEscape(e, ctx);
        assertEquals(200, b.get(EshkolScriptEngine.TIME_LIMIT), "a script's global went out into the bindings");
        assertStoppedByTheLimit(e, ctx);
    }

    @Test
    void aScriptCannotSwitchOffAGlobalScopeLimit() {
        ScriptEngine e = new EshkolScriptEngineFactory().getScriptEngine();
        SimpleScriptContext ctx = new SimpleScriptContext();
        ctx.setBindings(e.createBindings(), ScriptContext.ENGINE_SCOPE);
        Bindings global = new SimpleBindings();
        global.put(EshkolScriptEngine.TIME_LIMIT, 200);
        ctx.setBindings(global, ScriptContext.GLOBAL_SCOPE);
        tryToEscape(e, ctx);
        assertStoppedByTheLimit(e, ctx);
    }

    @Test
    void controlAttributesAreBindingsEntriesButNoGlobals() {
        ScriptEngine e = new EshkolScriptEngineFactory().getScriptEngine();
        Bindings b = e.getBindings(ScriptContext.ENGINE_SCOPE);
        b.put(EshkolScriptEngine.TIME_LIMIT, 1000);
        assertTrue(b.containsKey(EshkolScriptEngine.TIME_LIMIT));
        assertTrue(b.entrySet().stream().anyMatch(en -> en.getKey().equals(EshkolScriptEngine.TIME_LIMIT)));
        assertEquals(1000, b.remove(EshkolScriptEngine.TIME_LIMIT));
        assertFalse(b.containsKey(EshkolScriptEngine.TIME_LIMIT));
    }
}
