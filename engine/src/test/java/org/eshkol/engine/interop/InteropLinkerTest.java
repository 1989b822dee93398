package org.eshkol.engine.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigInteger;
import org.eshkol.engine.Eshkol;
import org.eshkol.engine.EshkolException;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.SchemeError;
import org.eshkol.runtime.Symbol;
import org.junit.jupiter.api.Test;

class InteropLinkerTest {
    private static InteropCallSite site(String symbol, int argc) {
        MethodType type = MethodType.genericMethodType(argc);
        return (InteropCallSite) InteropLinker.bootstrap(MethodHandles.lookup(), "call", type, symbol);
    }

    @Test
    void callSiteCachesOneGuardedHandlePerShape() throws Throwable {
        InteropCallSite site = site("java.lang.Math:max", 2);
        MethodHandle call = site.dynamicInvoker();
        assertEquals(7L, (Object) call.invoke((Object) 3L, (Object) 7L));
        assertEquals(9L, (Object) call.invoke((Object) 9L, (Object) 7L));
        assertEquals(1, site.shapes());
        assertEquals(2.5, (Object) call.invoke((Object) 2.5, (Object) 1.0));
        assertEquals(2, site.shapes());
        assertEquals(8L, (Object) call.invoke((Object) 8L, (Object) 7L), "the first shape still hits");
        assertEquals(2, site.shapes());
    }

    @Test
    void callSiteGoesMegamorphicAndStaysCorrect() throws Throwable {
        InteropCallSite site = site("String:valueOf", 1);
        MethodHandle call = site.dynamicInvoker();
        Object[] values = {1L, 2.5, MString.of("s"), Char.of('c'), Boolean.TRUE, Nil.NIL, new Object[0],
                Symbol.intern("sym"), BigInteger.TWO.pow(70), new StringBuilder("sb"), new Pair(1L, Nil.NIL)};
        String[] expected = {"1", "2.5", "s", "c", "true", "()", null, "sym", BigInteger.TWO.pow(70).toString(), "sb", null};
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < values.length; i++) {
                Object r = call.invoke(values[i]);
                assertInstanceOf(MString.class, r);
                if (expected[i] != null) assertEquals(expected[i], r.toString(), "valueOf " + values[i]);
            }
        }
        assertEquals(-1, site.shapes());
    }

    @Test
    void bareReferenceReadsStaticFieldOnce() throws Throwable {
        var site = InteropLinker.bootstrap(MethodHandles.lookup(), "get", MethodType.methodType(Object.class), "Integer:MAX_VALUE");
        assertEquals((long) Integer.MAX_VALUE, (Object) site.dynamicInvoker().invoke());
        assertEquals((long) Integer.MAX_VALUE, (Object) site.dynamicInvoker().invoke());
    }

    @Test
    void javaExceptionIsAnEshkolErrorCarryingIt() throws Throwable {
        MethodHandle call = site("Integer:parseInt", 1).dynamicInvoker();
        SchemeError e = assertThrows(SchemeError.class, () -> { Object r = call.invoke((Object) MString.of("x")); });
        assertEquals("java interop: java.lang.Integer.parseInt threw java.lang.NumberFormatException: For input string: \"x\"",
                e.getMessage());
        assertInstanceOf(NumberFormatException.class, InteropErrors.javaException(e.payload()));
    }

    @Test
    void refusedClassIsNamedInTheError() {
        Eshkol engine = new Eshkol(org.eshkol.engine.EshkolOptions.defaults()
                .withClassFilter(name -> !name.equals("java.lang.Runtime") && !name.equals("java.lang.ProcessBuilder")));
        EshkolException e = assertThrows(EshkolException.class, () -> engine.eval("(java.lang.Runtime:getRuntime)"));
        assertTrue(e.getMessage().endsWith("java interop: class java.lang.Runtime is not allowed"), e.getMessage());
        assertEquals(MString.literal("java interop: class java.lang.ProcessBuilder is not allowed").toString(),
                engine.eval("(guard (e (#t (error-object-message e))) (ProcessBuilder:new \"ls\"))").toString());
        assertEquals(3L, engine.eval("(Math:max 1 3)"), "allowed classes still work");
    }

    @Test
    void instanceCallsOnRefusedObjectsAreRefused() {
        Eshkol engine = new Eshkol(org.eshkol.engine.EshkolOptions.defaults().withClassFilter(name -> !name.equals("java.lang.Thread")));
        engine.globals().link(new String[] {"t"})[0].value = Thread.currentThread();
        EshkolException e = assertThrows(EshkolException.class, () -> engine.eval("(.getName t)"));
        assertTrue(e.getMessage().endsWith("java interop: class java.lang.Thread is not allowed"), e.getMessage());
    }

    @Test
    void warmCallsInAScriptLoopGiveTheRightAnswer() {
        Eshkol engine = new Eshkol();
        Object r = engine.eval("(let loop ((i 0) (acc 0)) (if (= i 100000) acc (loop (+ i 1) (+ acc (java.lang.Math:max i 50000)))))");
        long expected = 0;
        for (long i = 0; i < 100000; i++) expected += Math.max(i, 50000);
        assertEquals(expected, r);
    }

    @Test
    void procedureValueOfAMethodResolvesPerCall() {
        Eshkol engine = new Eshkol();
        Object r = engine.eval("(map Math:abs '(-1 -2.5))");
        assertEquals("(1 2.5)", org.eshkol.runtime.Printer.writeString(r));
        assertSame(Boolean.TRUE, engine.eval("(procedure? .length)"));
    }

    /** A class with mutable public fields (the JDK has almost none). */
    public static final class Counter {
        public static long total;
        public int count;
    }

    @Test
    void staticAndInstanceFieldsAreWritable() {
        Eshkol engine = new Eshkol();
        String cls = "org.eshkol.engine.interop.InteropLinkerTest.Counter";
        engine.eval("(" + cls + ":set-total! 41)");
        assertEquals(41L, Counter.total);
        assertEquals(42L, engine.eval("(+ 1 " + cls + ":total)"));
        assertEquals(7L, engine.eval("(define c (" + cls + ":new)) (.set-count! c 7) (.-count c)"));
        EshkolException e = assertThrows(EshkolException.class, () -> engine.eval("(.set-count! c \"x\")"));
        assertTrue(e.getMessage().endsWith("java interop: cannot set field count of type int to a String"), e.getMessage());
    }

    @Test
    void oneCompiledScriptLinksCorrectlyFromManyThreads() throws Exception {
        Eshkol engine = new Eshkol();
        Eshkol.Compiled c = engine.compile(new org.eshkol.analysis.source.SourceFile("mt.esk",
                "(apply string-append (map (lambda (x) (String:valueOf x)) (list 1 2.5 #\\c #t \"s\" 'y (expt 2 70))))"));
        String expected = "12.5ctruesy" + BigInteger.TWO.pow(70);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<Object>>();
            for (int i = 0; i < 400; i++) results.add(pool.submit(() -> c.run()));
            for (var r : results) assertEquals(expected, r.get().toString());
        } finally {
            pool.shutdownNow();
        }
    }
}
