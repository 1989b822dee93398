package org.eshkol.engine.jsr223;

import static org.junit.jupiter.api.Assertions.*;

import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.eshkol.runtime.shared.Shared;
import org.junit.jupiter.api.Test;

/**
 * A global is a holder: replacing or removing it from Java gives back the count its slot took (by a
 * script's set! or a Java put), as set! does.
 */
class BindingsReleaseSharedTest {
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("eshkol");
    private final Bindings globals = engine.getBindings(ScriptContext.ENGINE_SCOPE);

    private void defineCache() throws ScriptException {
        engine.eval("""
                (define freed 0)
                (define cache #f)
                (set! cache (shared (make-hash-table) (lambda (c) (set! freed (+ freed 1))))) ; the global's slot holds count 1
                """);
    }

    @Test
    void putOverAGlobalHoldingASharedValueReleasesIt() throws ScriptException {
        defineCache();
        assertEquals(0L, engine.eval("freed"));
        globals.put("cache", 0L);
        assertEquals(1L, engine.eval("freed"));
        assertEquals(0L, engine.eval("cache"));
    }

    @Test
    void removeOfAGlobalHoldingASharedValueReleasesIt() throws ScriptException {
        defineCache();
        assertNotNull(globals.remove("cache"));
        assertEquals(1L, engine.eval("freed"));
        assertFalse(globals.containsKey("cache"));
    }

    @Test
    void aSharedValuePutFromJavaIsCountedByTheGlobalAndGivenBackOnRemove() throws ScriptException {
        defineCache();
        Object cache = globals.get("cache");
        globals.put("copy", cache);
        assertEquals(2, Shared.refCount(cache));
        globals.put("cache", "gone");
        assertEquals(1, Shared.refCount(cache));
        assertEquals(0L, engine.eval("freed"));
        globals.remove("copy");
        assertEquals(1L, engine.eval("freed"));
    }
}
