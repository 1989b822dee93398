package org.eshkol.engine.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.Test;

/** invokeFunction, invokeMethod and getInterface call script procedures with converted values. */
class InvocableTest {
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("eshkol");
    private final Invocable inv = (Invocable) engine;

    /** A Java interface whose methods scripts implement. */
    public interface Greeter {
        String greet(String who);

        int count();

        default String twice(String who) { return greet(who) + greet(who); }
    }

    /** An interface whose results need conversion: a list, an array. */
    public interface Lists {
        java.util.List<Object> upTo(int n);

        long[] squares(int n);
    }

    @Test
    void getInterfaceConvertsListAndVectorResults() throws Exception {
        engine.eval("(define (up-to n) (iota n)) (define (squares n) (list->vector (map (lambda (i) (* i i)) (iota n))))");
        Lists l = inv.getInterface(Lists.class);
        assertEquals(java.util.List.of(0L, 1L, 2L), l.upTo(3));
        org.junit.jupiter.api.Assertions.assertArrayEquals(new long[] {0, 1, 4}, l.squares(3));
    }

    @Test
    void invokeFunctionCallsAGlobalProcedure() throws Exception {
        engine.eval("(define (add a b) (+ a b)) (define (hello s) (string-append \"hi \" s)) (define not-proc 5)");
        assertEquals(5L, inv.invokeFunction("add", 2, 3));
        assertEquals(2.5, inv.invokeFunction("add", 2, 0.5f));
        assertEquals("hi bob", inv.invokeFunction("hello", "bob"));
        assertEquals(3L, inv.invokeFunction("car", engine.eval("'(3 4)")));
        assertThrows(NoSuchMethodException.class, () -> inv.invokeFunction("missing"));
        assertThrows(NoSuchMethodException.class, () -> inv.invokeFunction("not-proc"));
        ScriptException e = assertThrows(ScriptException.class, () -> inv.invokeFunction("add", "x", 1));
        assertTrue(e.getMessage().contains("+: expected a number, got \"x\""), e.getMessage());
        assertNotNull(e.getCause());
    }

    @Test
    void invokeFunctionUsesForeignBindingsOfTheContext() throws Exception {
        SimpleScriptContext ctx = new SimpleScriptContext();
        ctx.setBindings(new SimpleBindings(), javax.script.ScriptContext.ENGINE_SCOPE);
        engine.setContext(ctx);
        engine.eval("(define total 0) (define (add! n) (set! total (+ total n)) total)");
        assertEquals(4L, inv.invokeFunction("add!", 4));
        assertEquals(4L, engine.get("total"));
    }

    @Test
    void invokeMethodPassesThisFirst() throws Exception {
        engine.eval("(define (area rect scale) (* scale (car rect) (cdr rect)))");
        Object rect = engine.eval("(cons 3 4)");
        assertEquals(24L, inv.invokeMethod(rect, "area", 2));
        assertThrows(NoSuchMethodException.class, () -> inv.invokeMethod(rect, "perimeter"));
    }

    @Test
    void getInterfaceImplementsByGlobalProceduresAndKebabCase() throws Exception {
        assertNull(inv.getInterface(IntBinaryOperator.class), "no apply-as-int yet");
        engine.eval("(define (apply-as-int a b) (* a b)) (define (greet who) (string-append \"hello \" who))"
                + "(define calls 0) (define (count) (set! calls (+ calls 1)) calls)");
        IntBinaryOperator op = inv.getInterface(IntBinaryOperator.class);
        assertEquals(42, op.applyAsInt(6, 7));
        engine.eval("(define (apply-as-int a b) (+ a b))");
        assertEquals(13, op.applyAsInt(6, 7), "a redefinition is seen");
        Greeter g = inv.getInterface(Greeter.class);
        assertEquals("hello ann", g.greet("ann"));
        assertEquals("hello xhello x", g.twice("x"));
        assertEquals(1, g.count());
        assertEquals(2, g.count());
        assertTrue(g.toString().contains("Greeter"));
        assertNull(inv.getInterface(java.util.function.DoubleSupplier.class), "no get-as-double");
    }

    @Test
    void getInterfaceOnAHashTableOfProcedures() throws Exception {
        Object table = engine.eval("(define t (make-hash-table)) (hash-table-set! t 'get (lambda () \"from table\"))"
                + "(hash-table-set! t \"apply-as-int\" (lambda (x) (* x 10))) t");
        Supplier<?> s = inv.getInterface(table, Supplier.class);
        assertEquals("from table", s.get());
        assertEquals(70, inv.getInterface(table, IntUnaryOperator.class).applyAsInt(7));
        assertNull(inv.getInterface(table, java.util.function.DoubleSupplier.class));
        assertThrows(IllegalArgumentException.class, () -> inv.getInterface("not a table", Supplier.class));
    }
}
