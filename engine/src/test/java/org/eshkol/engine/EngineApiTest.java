package org.eshkol.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.Arrays;
import org.eshkol.analysis.source.SourceFile;
import org.junit.jupiter.api.Test;

/** The engine's Java API: evaluation, failures, stacks, line numbers and class unloading. */
class EngineApiTest {

    @Test
    void evaluatesAndKeepsGlobalsBetweenPrograms() {
        Eshkol e = new Eshkol();
        e.eval("(define (square x) (* x x))");
        assertEquals(49L, e.eval("(square 7)"));
    }

    @Test
    void deepNonTailRecursionRunsOnLargeStackThreads() {
        Eshkol e = new Eshkol(EshkolOptions.defaults().withEvalStack(512L * 1024 * 1024));
        Object r = e.eval("(define (count n) (if (= n 0) 0 (+ 1 (count (- n 1))))) (count 1000000)");
        assertEquals(1000000L, r);
    }

    @Test
    void runawayRecursionIsAnEshkolErrorNamingTheProcedureAndTheEngineStaysUsable() {
        Eshkol e = new Eshkol(EshkolOptions.defaults().withEvalStack(64L * 1024 * 1024));
        EshkolException ex = assertThrows(EshkolException.class,
                () -> e.eval(new SourceFile("runaway.esk", "(define (runaway n) (+ 1 (runaway (+ n 1))))\n(runaway 0)")));
        assertTrue(ex.getMessage().startsWith("runaway.esk:1:"), ex.getMessage());
        assertTrue(ex.getMessage().endsWith("error: stack overflow (recursion too deep) in runaway"), ex.getMessage());
        assertEquals(3L, e.eval("(+ 1 2)"));
    }

    @Test
    void uncaughtErrorsCarryPositionAndBacktrace() {
        Eshkol e = new Eshkol();
        String src = "(define (f x)\n  (car x))\n(define (g y) (+ 1 (f y)))\n(g 5)\n";
        EshkolException ex = assertThrows(EshkolException.class, () -> e.eval(new SourceFile("bt.esk", src)));
        assertEquals("bt.esk:2:3: error: car: expected a pair, got 5", ex.getMessage());
        assertEquals(String.join("\n",
                "bt.esk:2:3: error: car: expected a pair, got 5",
                "  at f (bt.esk:2)",
                "  at g (bt.esk:3)",
                "  at <toplevel> (bt.esk:4)"), ex.render());
    }

    @Test
    void javaStackTracesThroughScriptCodeNameTheScriptAndLine() {
        Eshkol e = new Eshkol();
        String src = "(define (f x)\n  (vector-ref x 10))\n(f (vector 1 2))\n";
        EshkolException ex = assertThrows(EshkolException.class, () -> e.eval(new SourceFile("trace.esk", src)));
        boolean found = Arrays.stream(ex.getCause().getStackTrace())
                .anyMatch(el -> "trace.esk".equals(el.getFileName()) && el.getLineNumber() == 2);
        assertTrue(found, "no trace.esk:2 frame in " + Arrays.toString(ex.getCause().getStackTrace()));
    }

    @Test
    void compileErrorsAreReportedBeforeAnythingRuns() {
        Eshkol e = new Eshkol();
        EshkolException ex = assertThrows(EshkolException.class,
                () -> e.eval(new SourceFile("bad.esk", "(define x 1)\n(if)\n(lambda)\n")));
        assertTrue(ex.isCompileError());
        assertEquals(2, ex.diagnostics().size());
        assertThrows(EshkolException.class, () -> e.eval("x"), "nothing of the bad program ran");
    }

    @Test
    void oneCompiledProgramRunsInSeparateEnvironmentsConcurrently() throws Exception {
        Eshkol e = new Eshkol();
        Eshkol.Compiled c = e.compile(new SourceFile("env.esk",
                "(define (twice) (* x 2))\n(define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc (twice)))))\n(loop 1000 0)"));
        int threads = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long x = t + 1;
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 200; round++) {
                        GlobalEnvironment env = e.newEnvironment();
                        env.cell("x").value = x;
                        if (!Long.valueOf(2000 * x).equals(c.run(c.link(env)))) return false;
                    }
                    return true;
                }));
            }
            for (var f : results) assertTrue(f.get());
        } finally {
            pool.shutdown();
        }
        assertThrows(EshkolException.class, c::run, "x is unbound in the engine's own environment");
    }

    @Test
    void interruptingTheThreadStopsAnInfiniteLoopEvenInsideGuard() throws Exception {
        Eshkol e = new Eshkol();
        Eshkol.Compiled loop = e.compile(new SourceFile("spin.esk",
                "(guard (x (#t 'caught)) (let loop ((i 0)) (loop (+ i 1))))"));
        Eshkol.Compiled mutual = e.compile(new SourceFile("ping.esk",
                "(define (ping n) (pong (+ n 1))) (define (pong n) (ping n)) (ping 0)"));
        for (Eshkol.Compiled c : java.util.List.of(loop, mutual)) {
            java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
            Thread t = new Thread(() -> {
                try {
                    c.run();
                } catch (Throwable ex) {
                    failure.set(ex);
                }
            });
            t.start();
            Thread.sleep(200);
            t.interrupt();
            t.join(10_000);
            assertTrue(!t.isAlive(), "the script did not stop");
            assertTrue(failure.get() instanceof EshkolException, String.valueOf(failure.get()));
            assertTrue(failure.get().getMessage().endsWith("error: evaluation interrupted"), failure.get().getMessage());
        }
        assertEquals(3L, e.eval("(+ 1 2)"));
    }

    @Test
    void compiledClassesAreUnloadableOnceDropped() throws Exception {
        Eshkol e = new Eshkol();
        Eshkol.Compiled c = e.compile(new SourceFile("gc.esk", "((lambda (x) (* x 2)) 21)"));
        assertEquals(42L, c.run());
        WeakReference<ClassLoader> loader = new WeakReference<>(c.loader());
        c = null;
        for (int i = 0; i < 50 && loader.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertEquals(null, loader.get(), "the script's class loader was not collected");
    }
}
