package org.eshkol.engine.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.Test;

/** Bindings are global variables in both directions, with engine, global and foreign scopes. */
class BindingsTest {
    private final ScriptEngineManager manager = new ScriptEngineManager();
    private final ScriptEngine engine = manager.getEngineByName("eshkol");

    @Test
    void javaPutIsAGlobalAndDefineAndSetShowUpInJava() throws Exception {
        engine.put("n", 20);
        engine.put("name", "world");
        assertEquals(42L, engine.eval("(define answer (+ n n 2)) answer"));
        assertEquals(42L, engine.get("answer"));
        assertEquals("hello world", engine.eval("(string-append \"hello \" name)"));
        engine.eval("(set! n 7)");
        assertEquals(7L, engine.get("n"));
        Bindings b = engine.getBindings(ScriptContext.ENGINE_SCOPE);
        assertTrue(b.containsKey("answer"));
        assertFalse(b.containsKey("car"), "builtins are not entries");
        assertEquals(new BigInteger("100000000000000000000"), engine.eval("(* 10000000000 10000000000)"));
        b.remove("answer");
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("answer"));
        assertTrue(e.getMessage().contains("unbound variable: answer"), e.getMessage());
    }

    @Test
    void javaCanRedefineABuiltinName() throws Exception {
        engine.put("square", 1);
        engine.eval("(define (twice x) (* 2 x))");
        engine.put("twice", engine.eval("(lambda (x) (* 3 x))"));
        assertEquals(9L, engine.eval("(twice 3)"));
        engine.put("abs", engine.eval("(lambda (x) 'mine)"));
        assertEquals("mine", engine.eval("(symbol->string (abs -1))"));
    }

    @Test
    void createdBindingsAreSeparateEnvironments() throws Exception {
        Bindings one = engine.createBindings();
        Bindings two = engine.createBindings();
        engine.eval("(define x 1)", one);
        engine.eval("(define x 2)", two);
        assertEquals(1L, engine.eval("x", one));
        assertEquals(2L, engine.eval("x", two));
        assertEquals(1L, one.get("x"));
        assertNull(engine.get("x"));
    }

    @Test
    void foreignBindingsAreSyncedBothWaysAndKeepTheirEnvironment() throws Exception {
        SimpleBindings b = new SimpleBindings();
        b.put("base", 10);
        engine.eval("(define counter 0) (define (bump!) (set! counter (+ counter base)) counter)", b);
        assertEquals(0L, b.get("counter"));
        assertInstanceOf(org.eshkol.runtime.Procedure.class, b.get("bump!"));
        assertEquals(10L, engine.eval("(bump!)", b));
        b.put("base", 5);
        assertEquals(15L, engine.eval("(bump!)", b));
        assertEquals(15L, b.get("counter"));
        engine.eval("(define s (make-string 2 #\\a))", b);
        assertEquals("aa", b.get("s"));
        engine.eval("(string-set! s 0 #\\b)", b);
        assertEquals("ba", b.get("s"));
        b.remove("counter");
        assertThrows(ScriptException.class, () -> engine.eval("counter", b));
    }

    @Test
    void globalScopeIsConsultedAfterEngineScope() throws Exception {
        manager.getBindings().put("global-only", 1);
        manager.getBindings().put("both", "global");
        engine.put("both", "engine");
        assertEquals(1L, engine.eval("global-only"));
        assertEquals("engine", engine.eval("both"));
        SimpleScriptContext ctx = new SimpleScriptContext();
        ctx.setBindings(engine.createBindings(), ScriptContext.ENGINE_SCOPE);
        ctx.setBindings(new SimpleBindings(new java.util.HashMap<>(java.util.Map.of("g", 5))), ScriptContext.GLOBAL_SCOPE);
        assertEquals(6L, engine.eval("(+ g 1)", ctx));
        SimpleBindings foreignScope = new SimpleBindings();
        ctx.setBindings(foreignScope, ScriptContext.ENGINE_SCOPE);
        assertEquals(7L, engine.eval("(define h (+ g 2)) h", ctx));
        assertEquals(7L, foreignScope.get("h"));
        assertFalse(foreignScope.containsKey("g"), "a GLOBAL_SCOPE value is not copied into the engine scope");
        ctx.getBindings(ScriptContext.GLOBAL_SCOPE).put("g", 50);
        assertEquals(51L, engine.eval("(+ g 1)", ctx), "taken afresh from GLOBAL_SCOPE");
    }

    @Test
    void twoEnginesNeverSeeEachOthersGlobals() throws Exception {
        ScriptEngine other = manager.getEngineByName("eshkol");
        engine.eval("(define secret 1)");
        assertNull(other.get("secret"));
        assertThrows(ScriptException.class, () -> other.eval("secret"));
        other.eval("(define (car x) 'other)");
        assertEquals(1L, engine.eval("(car '(1 2))"));
        assertEquals("other", other.eval("(symbol->string (car '(1 2)))"));
    }
}
