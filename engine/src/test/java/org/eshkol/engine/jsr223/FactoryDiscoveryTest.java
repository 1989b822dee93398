package org.eshkol.engine.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import javax.script.Compilable;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.junit.jupiter.api.Test;

/** The factory is found through ScriptEngineManager and describes the engine truthfully. */
class FactoryDiscoveryTest {
    private final ScriptEngineManager manager = new ScriptEngineManager();

    @Test
    void foundByNameExtensionAndMimeType() {
        for (ScriptEngine e : new ScriptEngine[] {manager.getEngineByName("eshkol"), manager.getEngineByName("Eshkol"),
                manager.getEngineByExtension("esk"), manager.getEngineByMimeType("text/x-eshkol"),
                manager.getEngineByMimeType("application/x-eshkol")}) {
            assertNotNull(e);
            assertInstanceOf(EshkolScriptEngine.class, e);
            assertInstanceOf(Compilable.class, e);
            assertInstanceOf(Invocable.class, e);
        }
    }

    @Test
    void answersEveryStandardParameter() {
        ScriptEngineFactory f = manager.getEngineByName("eshkol").getFactory();
        assertEquals("Eshkol", f.getParameter(ScriptEngine.ENGINE));
        assertEquals(f.getEngineVersion(), f.getParameter(ScriptEngine.ENGINE_VERSION));
        assertEquals("eshkol", f.getParameter(ScriptEngine.NAME));
        assertEquals("Eshkol", f.getParameter(ScriptEngine.LANGUAGE));
        assertEquals(f.getLanguageVersion(), f.getParameter(ScriptEngine.LANGUAGE_VERSION));
        assertEquals("MULTITHREADED", f.getParameter("THREADING"));
        assertEquals(null, f.getParameter("no-such-key"));
        assertTrue(f.getNames().contains("eshkol") && f.getExtensions().contains("esk"));
    }

    @Test
    void generatedProgramsAreValidEshkol() throws Exception {
        ScriptEngine e = manager.getEngineByName("eshkol");
        ScriptEngineFactory f = e.getFactory();
        StringWriter out = new StringWriter();
        e.getContext().setWriter(out);
        String program = f.getProgram("(define (add a b) (+ a b))", f.getOutputStatement("sum \"quoted\"\n"),
                f.getMethodCallSyntax("40", "add", "2"));
        assertEquals(42L, e.eval(program));
        assertEquals("sum \"quoted\"\n", out.toString());
    }
}
