package org.eshkol.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The time, region, body and concurrency limits of a server. */
@ExtendWith(ServerLeakCheck.class)
class LimitsTest {
    @TempDir Path dir;

    @Test
    void aHandlerPastTheTimeLimitGets503AndItsWorkerIsFreedForTheNextRequest() throws Exception {
        ServerOptions o = ServerOptions.defaults().withWatch(false).withTimeLimitMillis(300).withPoolThreads(1);
        try (Served s = Served.script(dir, """
                (define (handle req)
                  (if (equal? (request-path req) "/spin")
                      (let loop ((i 0)) (loop (+ i 1)))
                      "quick"))
                """, o)) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = s.get("/spin");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r.statusCode());
            assertTrue(r.body().contains("time limit"), r.body());
            assertTrue(ms < 3000, "503 after " + ms + " ms");
            // the only worker thread was interrupted and serves again, without a stale interrupt
            for (int i = 0; i < 5; i++) assertEquals("quick", s.get("/").body());
            assertTrue(s.errors.get(0).contains("passed the time limit of 300 ms"), s.errors.get(0));
            waitIdle(s);
        }
    }

    @Test
    void nonTailRecursionAndJavaSleepAreStoppedByTheTimeLimitToo() throws Exception {
        ServerOptions o = ServerOptions.defaults().withWatch(false).withTimeLimitMillis(300).withPoolThreads(1);
        try (Served s = Served.script(dir, """
                (define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
                (define (handle req)
                  (cond ((equal? (request-path req) "/fib") (number->string (fib 60)))
                        ((equal? (request-path req) "/sleep") (java.lang.Thread:sleep 60000) "slept")
                        (else "quick")))
                """, o)) {
            assertEquals(503, s.get("/sleep").statusCode());
            assertEquals("quick", s.get("/").body());
            assertEquals(503, s.get("/fib").statusCode());
            waitIdle(s); // fib must stop too: the pool's only thread is needed for the next answer
            assertEquals("quick", s.get("/").body());
        }
    }

    @Test
    void theRegionLimitIsAnErrorOfThatRequest() throws Exception {
        ServerOptions o = ServerOptions.defaults().withWatch(false).withRegionBytes(64 * 1024);
        try (Served s = Served.script(dir, """
                (define (handle req)
                  (bytevector-length (make-bytevector (string->number (request-query-ref req "n")) 0))
                  "fits")
                """, o)) {
            assertEquals("fits", s.get("/?n=1000").body());
            assertEquals(500, s.get("/?n=1000000").statusCode());
            assertTrue(s.errors.get(0).contains("region 'request'"), s.errors.get(0));
            assertEquals("fits", s.get("/?n=60000").body());
        }
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        ServerOptions o = ServerOptions.defaults().withWatch(false).withBodyBytes(1000);
        try (Served s = Served.script(dir, "(define (handle req) (number->string (bytevector-length (request-body req))))", o)) {
            assertEquals("1000", s.send(HttpRequest.newBuilder(s.uri("/")).POST(HttpRequest.BodyPublishers.ofByteArray(new byte[1000]))).body());
            assertEquals(413, s.send(HttpRequest.newBuilder(s.uri("/")).POST(HttpRequest.BodyPublishers.ofByteArray(new byte[1001]))).statusCode());
        }
    }

    @Test
    void pastTheConcurrencyLimitRequestsGet503WithRetryAfter() throws Exception {
        ServerOptions o = ServerOptions.defaults().withWatch(false).withMaxConcurrent(2);
        try (Served s = Served.script(dir, """
                (define (handle req)
                  (if (equal? (request-path req) "/slow") (begin (java.lang.Thread:sleep 1500) "slow") "fast"))
                """, o)) {
            List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
            for (int i = 0; i < 2; i++) slow.add(s.client.sendAsync(HttpRequest.newBuilder(s.uri("/slow")).build(), HttpResponse.BodyHandlers.ofString()));
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (s.server.inFlight() < 2 && System.nanoTime() < deadline) Thread.sleep(5);
            HttpResponse<String> r = s.get("/");
            assertEquals(503, r.statusCode());
            assertEquals("1", r.headers().firstValue("retry-after").orElseThrow());
            for (CompletableFuture<HttpResponse<String>> f : slow) assertEquals("slow", f.get().body());
            assertEquals("fast", s.get("/").body());
        }
    }

    /** Waits until no handler runs (the worker of a stopped handler has unwound). */
    static void waitIdle(Served s) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (s.server.inFlight() > 0 && System.nanoTime() < deadline) Thread.sleep(5);
        assertEquals(0, s.server.inFlight(), "a stopped handler is still running");
    }
}
