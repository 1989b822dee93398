package org.eshkol.engine.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.eshkol.engine.EshkolPolicy;
import org.eshkol.engine.jsr223.EshkolScriptEngineFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** {@code eshkol.sandbox}: the way in for {@code ScriptEngineManager} users, read when an engine is created. */
@Isolated
class SystemPropertySandboxTest {
    @AfterEach
    void clear() { System.clearProperty(EshkolPolicy.SYSTEM_PROPERTY); }

    @Test
    void untrustedThroughTheManager() throws Exception {
        System.setProperty(EshkolPolicy.SYSTEM_PROPERTY, "untrusted");
        ScriptEngine e = new ScriptEngineManager().getEngineByName("eshkol");
        System.clearProperty(EshkolPolicy.SYSTEM_PROPERTY); // read once, at creation
        ScriptException x = assertThrows(ScriptException.class, () -> e.eval("(java.lang.System:exit 42)"));
        assertTrue(x.getMessage().contains("class java.lang.System is not allowed"), x.getMessage());
        x = assertThrows(ScriptException.class, () -> e.eval("(get-environment-variables)"));
        assertTrue(x.getMessage().contains("denied by the sandbox policy"), x.getMessage());
        x = assertThrows(ScriptException.class, () -> e.eval("(display 1) (exit 3)"));
        assertTrue(x.getMessage().contains("script called exit with status 3"), x.getMessage());
        assertEquals(3L, e.eval("(+ 1 2)"));
    }

    @Test
    void theDefaultIsTrusted() throws Exception {
        ScriptEngine e = new ScriptEngineManager().getEngineByName("eshkol");
        assertEquals(Boolean.TRUE, e.eval("(list? (get-environment-variables))"));
        assertEquals(3L, e.eval("(java.lang.Math:max 1 3)"));
    }

    @Test
    void aScriptCannotSeeTheProperty() {
        System.setProperty(EshkolPolicy.SYSTEM_PROPERTY, "untrusted");
        ScriptEngine e = new ScriptEngineManager().getEngineByName("eshkol");
        ScriptException x = assertThrows(ScriptException.class, () -> e.eval("eshkol.sandbox"));
        assertTrue(x.getMessage().contains("unbound variable"), x.getMessage());
    }

    @Test
    void anUnknownValueIsRefusedAtCreation() {
        System.setProperty(EshkolPolicy.SYSTEM_PROPERTY, "sometimes");
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> new EshkolScriptEngineFactory().getScriptEngine());
        assertTrue(x.getMessage().contains("eshkol.sandbox must be trusted or untrusted"), x.getMessage());
    }
}
