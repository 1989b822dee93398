package org.eshkol.engine.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.function.LongBinaryOperator;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.junit.jupiter.api.Test;

/**
 * getInterface through javax.script: public interfaces get a generated class (no reflection
 * proxy) that converts every primitive and reference argument and result type as the proxy did,
 * keeps default methods, reports failures as declared; other interfaces still get a proxy.
 */
class GeneratedInterfaceTest {
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("eshkol");
    private final Invocable inv = (Invocable) engine;

    /** One method per primitive type, plus references and void. */
    public interface AllTypes {
        long addLong(long a, long b);

        int addInt(int a, int b);

        double half(double x);

        float halfFloat(float x);

        short incShort(short s);

        byte incByte(byte b);

        boolean isPositive(long x);

        char upper(char c);

        String greet(String who);

        Object same(Object o);

        Object[] pair(Object a, Object b);

        void note(String s);

        String join3(String a, long b, double c);

        long zero();

        default String both(String who) { return greet(who) + "!"; }
    }

    /** Primitive arguments of each kind, to see what Eshkol values they arrive as. */
    public interface Kinds {
        String kinds(int i, short s, byte b, long l, float f, double d, boolean z, char c);
    }

    /** Declares ScriptException: a failure comes through unwrapped. */
    public interface Checked {
        long fail(long x) throws ScriptException;
    }

    /** Does not declare it: a failure comes wrapped. */
    public interface Unchecked {
        long fail2(long x);
    }

    /** Not public: cannot be implemented from the engine's package, so a proxy does it. */
    interface Hidden {
        long twice(long x);
    }

    @Test
    void publicInterfacesGetAGeneratedClassThatConvertsEveryType() throws Exception {
        engine.eval("""
                (define (add-long a b) (+ a b))
                (define (add-int a b) (+ a b))
                (define (half x) (/ x 2))
                (define (half-float x) (/ x 2))
                (define (inc-short s) (+ s 1))
                (define (inc-byte b) (+ b 1))
                (define (is-positive x) (> x 0))
                (define (upper c) (char-upcase c))
                (define (greet who) (string-append "hi " who))
                (define (same o) o)
                (define (pair a b) (vector a b))
                (define noted '())
                (define (note s) (set! noted (cons s noted)) 42)
                (define (join3 a b c) (string-append a (number->string b) (number->string c)))
                (define (zero) 0)
                """);
        AllTypes t = inv.getInterface(AllTypes.class);
        assertFalse(Proxy.isProxyClass(t.getClass()), "generated, not a reflection proxy");
        assertEquals(Long.MAX_VALUE, t.addLong(Long.MAX_VALUE - 1, 1));
        assertEquals(42, t.addInt(40, 2));
        assertEquals(1.25, t.half(2.5));
        assertEquals(0.75f, t.halfFloat(1.5f));
        assertEquals((short) 8, t.incShort((short) 7));
        assertEquals((byte) 8, t.incByte((byte) 7));
        assertTrue(t.isPositive(3));
        assertFalse(t.isPositive(-3));
        assertEquals('Q', t.upper('q'));
        assertEquals("hi ann", t.greet("ann"));
        assertEquals("hi bo!", t.both("bo"));
        Object o = new Object();
        assertSame(o, t.same(o));
        assertNull(t.same(null));
        Object[] p = t.pair(1, "x");
        assertEquals(1L, p[0]);
        assertEquals("x", p[1].toString());
        t.note("n1");
        assertEquals("(\"n1\")", engine.eval("(let ((p (open-output-string))) (write noted p) (get-output-string p))"));
        assertEquals("a21.5", t.join3("a", 2, 1.5));
        assertEquals(0, t.zero());
        assertTrue(t.toString().contains("AllTypes"));
        assertEquals(t, t);
        assertNotEquals(t, inv.getInterface(AllTypes.class));
        assertEquals(System.identityHashCode(t), t.hashCode());
    }

    @Test
    void primitiveArgumentsArriveAsExactIntegersFlonumsBooleansAndCharacters() throws Exception {
        engine.eval("""
                (define (kind x)
                  (cond ((exact-integer? x) "int") ((and (real? x) (inexact? x)) "flo")
                        ((boolean? x) "bool") ((char? x) "char") (else "other")))
                (define (kinds . xs)
                  (let ((p (open-output-string))) (write (map kind xs) p) (write xs p) (get-output-string p)))
                """);
        Kinds k = inv.getInterface(Kinds.class);
        assertEquals("(\"int\" \"int\" \"int\" \"int\" \"flo\" \"flo\" \"bool\" \"char\")(-3 4 -5 6 1.5 2.25 #f #\\x)",
                k.kinds(-3, (short) 4, (byte) -5, 6L, 1.5f, 2.25, false, 'x'));
    }

    @Test
    void aResultOfTheWrongTypeIsAClassCastException() throws Exception {
        engine.eval("(define (add-long a b) \"no\") (define (apply-as-long a b) \"no\")");
        LongBinaryOperator op = inv.getInterface(LongBinaryOperator.class);
        assertThrows(ClassCastException.class, () -> op.applyAsLong(1, 2));
    }

    @Test
    void failuresAreScriptExceptionsWhenDeclaredAndWrappedOtherwise() throws Exception {
        engine.eval("(define (fail x) (car x)) (define (fail2 x) (car x))");
        Checked c = inv.getInterface(Checked.class);
        ScriptException e = assertThrows(ScriptException.class, () -> c.fail(5));
        assertTrue(e.getMessage().contains("car: expected a pair, got 5"), e.getMessage());
        Unchecked u = inv.getInterface(Unchecked.class);
        UndeclaredThrowableException w = assertThrows(UndeclaredThrowableException.class, () -> u.fail2(5));
        assertInstanceOf(ScriptException.class, w.getCause());
        assertEquals(w.getCause().getMessage(), w.getMessage(), "the wrapper says what failed, for logs that print only it");
    }

    @Test
    void nonPublicInterfacesStillWorkThroughAProxy() throws Exception {
        engine.eval("(define (twice x) (* 2 x))");
        Hidden h = inv.getInterface(Hidden.class);
        assertTrue(Proxy.isProxyClass(h.getClass()));
        assertEquals(14, h.twice(7));
    }

    @Test
    void outputOfAnInterfaceCallReachesTheContextWriterEachCall() throws Exception {
        StringWriter out = new StringWriter();
        engine.getContext().setWriter(out);
        engine.eval("(define (apply-as-long a b) (display (+ a b)) (newline) (+ a b))");
        LongBinaryOperator op = inv.getInterface(LongBinaryOperator.class);
        assertEquals(3, op.applyAsLong(1, 2));
        assertEquals("3\n", out.toString());
        assertEquals(7, op.applyAsLong(3, 4));
        assertEquals("3\n7\n", out.toString());
        StringWriter other = new StringWriter();
        engine.getContext().setWriter(other);
        op.applyAsLong(5, 5);
        assertEquals("10\n", other.toString(), "a new writer is picked up");
    }

    @Test
    void theTimeLimitAppliesToInterfaceCallsAndCanBeChanged() throws Exception {
        engine.eval("(define (apply-as-long a b) (let loop () (loop)))");
        LongBinaryOperator op = inv.getInterface(LongBinaryOperator.class);
        engine.put(EshkolScriptEngine.TIME_LIMIT, 100);
        UndeclaredThrowableException w = assertThrows(UndeclaredThrowableException.class, () -> op.applyAsLong(1, 2));
        assertTrue(w.getCause().getMessage().contains("time limit"), w.getCause().getMessage());
        engine.eval("(define (apply-as-long a b) (+ a b))");
        engine.getBindings(javax.script.ScriptContext.ENGINE_SCOPE).remove(EshkolScriptEngine.TIME_LIMIT);
        assertEquals(3, op.applyAsLong(1, 2));
    }

    @Test
    void aScriptSettingTheOutputPortDoesNotRedirectLaterEvaluations() throws Exception {
        StringWriter out = new StringWriter();
        engine.getContext().setWriter(out);
        engine.eval("(define sp (open-output-string)) (parameterize ((current-output-port sp)) (display \"a\"))");
        engine.eval("(display \"b\")");
        assertEquals("b", out.toString());
        assertEquals("a", engine.eval("(get-output-string sp)"));
    }
}
