package org.eshkol.engine.regions;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.eshkol.runtime.region.Region;
import org.junit.jupiter.api.Test;

/**
 * A server's use: one engine, one handler script, 8 threads calling it at once, each request in its
 * own region on its own thread. Every answer is right (no request reads another's bytes) and nothing
 * is left open or held afterwards.
 */
class RegionsConcurrencyTest {
    @Test
    void eightThreadsOfRequestsEachInItsOwnRegion() throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("eshkol");
        engine.eval("""
                (define (handle n)
                  (with-region 'request
                    (let ((buf (make-bytevector 1024 (modulo n 256)))
                          (copy (make-bytevector 1024 0)))
                      (bytevector-copy! copy 0 buf)
                      (let loop ((i 0) (sum 0))
                        (if (= i 1024) sum (loop (+ i 1) (+ sum (bytevector-u8-ref copy i))))))))
                """);
        Invocable inv = (Invocable) engine;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int k = 0; k < 2000; k++) {
                        long n = thread * 1000L + k;
                        Object got = inv.invokeFunction("handle", n);
                        if (!Long.valueOf(1024 * (n % 256)).equals(got)) return "request " + n + " got " + got;
                    }
                    return "ok";
                }));
            }
            for (Future<String> f : results) assertEquals("ok", f.get());
        } finally {
            pool.shutdown();
        }
        assertEquals(0, Region.openCount(), "regions left open");
        assertEquals(0, Region.liveArenas(), "arenas still holding chunks");
    }
}
