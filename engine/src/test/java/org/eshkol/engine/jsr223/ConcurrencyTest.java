package org.eshkol.engine.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.Test;

/** One CompiledScript evaluated from 8 threads, each with its own context and bindings. */
class ConcurrencyTest {
    @Test
    void oneCompiledScriptEightThreadsSeparateContexts() throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("eshkol");
        assertEquals("MULTITHREADED", engine.getFactory().getParameter("THREADING"));
        CompiledScript script = ((Compilable) engine).compile(
                "(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))"
                + "(set! hits (+ hits 1))"
                + "(list->string (list (integer->char (+ 65 id))))"
                + "(+ (* id 1000) (fib (+ 10 id)) hits)");
        long[] fib = new long[30];
        fib[1] = 1;
        for (int i = 2; i < 30; i++) fib[i] = fib[i - 1] + fib[i - 2];
        int threads = 8, iterations = 500;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                final int id = t;
                results.add(pool.submit(() -> {
                    SimpleScriptContext ctx = new SimpleScriptContext();
                    // half the threads use engine bindings, half foreign ones
                    Bindings b = id % 2 == 0 ? engine.createBindings() : new SimpleBindings();
                    b.put("id", id);
                    b.put("hits", 0);
                    ctx.setBindings(b, ScriptContext.ENGINE_SCOPE);
                    int ok = 0;
                    for (int i = 1; i <= iterations; i++) {
                        Object r = script.eval(ctx);
                        assertEquals(id * 1000L + fib[10 + id] + i, r);
                        assertEquals((long) i, b.get("hits"));
                        ok++;
                    }
                    return ok;
                }));
            }
            for (Future<Integer> f : results) assertEquals(iterations, f.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
