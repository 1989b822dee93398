package org.eshkol.engine.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import javax.script.Compilable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.eshkol.engine.EshkolException;
import org.junit.jupiter.api.Test;

/** Every failure is a ScriptException with position and cause; runaway scripts can be stopped. */
class ErrorsTest {
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("eshkol");

    @Test
    void exitInAScriptEndsTheEvaluationNotTheProcess() throws Exception {
        engine.put(ScriptEngine.FILENAME, "quit.esk");
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("(display \"bye\") (exit 3) (display \"not reached\")"));
        assertEquals("script called exit with status 3", e.getMessage().replace(" in quit.esk", ""));
        assertEquals("quit.esk", e.getFileName());
        assertInstanceOf(org.eshkol.runtime.control.ExitException.class, e.getCause());
        assertEquals(7L, engine.eval("(+ 3 4)"), "the engine keeps working");
    }

    @Test
    void javaExceptionInAnInteropCallIsTheCauseAndKeepsTheScriptPosition() {
        engine.put(ScriptEngine.FILENAME, "parse.esk");
        ScriptException e = assertThrows(ScriptException.class,
                () -> engine.eval("(define (parse s)\n  (Integer:parseInt s))\n(parse \"abc\")"));
        assertEquals("parse.esk", e.getFileName());
        assertEquals(2, e.getLineNumber());
        assertInstanceOf(NumberFormatException.class, e.getCause());
        assertTrue(e.getMessage().contains("java interop: java.lang.Integer.parseInt threw"), e.getMessage());
        assertInstanceOf(EshkolException.class, e.getSuppressed()[0], "the Eshkol report rides along");
    }

    @Test
    void compileErrorsSurfaceAtCompileTimeWithPosition() {
        engine.put(ScriptEngine.FILENAME, "bad.esk");
        ScriptException e = assertThrows(ScriptException.class, () -> ((Compilable) engine).compile("(define x 1)\n  (if)"));
        assertEquals("bad.esk", e.getFileName());
        assertEquals(2, e.getLineNumber());
        assertEquals(3, e.getColumnNumber());
        assertTrue(e.getMessage().startsWith("expand error: if: bad syntax"), e.getMessage());
        assertInstanceOf(EshkolException.class, e.getCause());
        ScriptException r = assertThrows(ScriptException.class, () -> engine.eval("(display \"unclosed"));
        assertTrue(r.getMessage().startsWith("read error: "), r.getMessage());
    }

    @Test
    void runtimeErrorsCarryFileLineColumnAndCause() {
        engine.put(ScriptEngine.FILENAME, "handler.esk");
        ScriptException e = assertThrows(ScriptException.class,
                () -> engine.eval("(define (f x)\n  (car x))\n(f 5)"));
        assertEquals("handler.esk", e.getFileName());
        assertEquals(2, e.getLineNumber());
        assertEquals(3, e.getColumnNumber());
        assertTrue(e.getMessage().startsWith("car: expected a pair, got 5"), e.getMessage());
        EshkolException cause = assertInstanceOf(EshkolException.class, e.getCause());
        assertTrue(cause.render().contains("at f (handler.esk:2)"), cause.render());
        ScriptException raised = assertThrows(ScriptException.class, () -> engine.eval("(error \"custom failure\" 1 2)"));
        assertTrue(raised.getMessage().startsWith("custom failure"), raised.getMessage());
        assertEquals(1, raised.getLineNumber());
    }

    @Test
    void runawayRecursionIsAScriptExceptionAndTheEngineKeepsWorking() throws Exception {
        ScriptException e = assertThrows(ScriptException.class,
                () -> engine.eval("(define (down n) (+ 1 (down (+ n 1)))) (down 0)"));
        assertTrue(e.getMessage().contains("stack overflow"), e.getMessage());
        assertEquals(3L, engine.eval("(+ 1 2)"));
    }

    @Test
    void deepRecursionWorksWithAnEvaluationStack() throws Exception {
        ScriptEngine big = new EshkolScriptEngineFactory().getScriptEngine(
                org.eshkol.engine.EshkolOptions.defaults().withEvalStack(256L * 1024 * 1024));
        assertEquals(200000L, big.eval("(define (count n) (if (= n 0) 0 (+ 1 (count (- n 1))))) (count 200000)"));
    }

    @Test
    void interruptingTheEvaluatingThreadStopsALoop() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                engine.eval("(let loop ((i 0)) (loop (+ i 1)))");
            } catch (Throwable x) {
                failure.set(x);
            }
        });
        t.start();
        Thread.sleep(200);
        t.interrupt();
        t.join(10_000);
        assertTrue(!t.isAlive(), "the script stopped");
        ScriptException e = assertInstanceOf(ScriptException.class, failure.get());
        assertTrue(e.getMessage().contains("evaluation interrupted"), e.getMessage());
        assertEquals(2L, engine.eval("(+ 1 1)"));
    }

    @Test
    void timeLimitAttributeStopsAnEvaluation() throws Exception {
        engine.put(EshkolScriptEngine.TIME_LIMIT, 100);
        long t0 = System.nanoTime();
        ScriptException e = assertThrows(ScriptException.class,
                () -> engine.eval("(define (spin) (spin)) (spin)"));
        assertTrue(e.getMessage().contains("time limit of 100 ms exceeded"), e.getMessage());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
        assertEquals(6L, engine.eval("(* 2 3)"));
        assertTrue(!Thread.currentThread().isInterrupted());
    }
}
