package org.eshkol.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A handler that fails: 500, a log line with the Eshkol backtrace and position, the connection still usable. */
@ExtendWith(ServerLeakCheck.class)
class HandlerErrorsTest {
    @TempDir Path dir;

    private static final String FAILING = """
            (define (lookup key)
              (car key))
            (define (handle req)
              (if (equal? (request-path req) "/fail")
                  (lookup 5)
                  "ok"))
            """;

    @Test
    void anUncaughtErrorIsA500AndIsLoggedWithItsPosition() throws Exception {
        try (Served s = Served.script(dir, FAILING)) {
            HttpResponse<String> r = s.get("/fail");
            assertEquals(500, r.statusCode());
            assertEquals("500 Internal Server Error\n", r.body());
            String log = s.errors.get(0);
            assertTrue(log.contains("GET /fail: handler handle (" + s.file + ":3:1) failed:"), log);
            assertTrue(log.contains(s.file + ":2:3: error: car: expected a pair, got 5"), log);
            assertTrue(log.contains("lookup"), log); // the backtrace names the procedure
            // the same client connection (keep-alive) serves the next request
            assertEquals("ok", s.get("/").body());
        }
    }

    @Test
    void theDebugOptionPutsTheErrorInTheBody() throws Exception {
        try (Served s = Served.script(dir, FAILING, ServerOptions.defaults().withWatch(false).withDebug(true))) {
            HttpResponse<String> r = s.get("/fail");
            assertEquals(500, r.statusCode());
            assertTrue(r.body().contains("car: expected a pair, got 5"), r.body());
        }
    }

    @Test
    void exitInAHandlerEndsTheRequestNotTheServer() throws Exception {
        try (Served s = Served.script(dir, "(define (handle req) (if (equal? (request-path req) \"/exit\") (exit 3) \"alive\"))")) {
            assertEquals(500, s.get("/exit").statusCode());
            assertTrue(s.errors.get(0).contains("called exit 3; a handler cannot end the server"), s.errors.get(0));
            assertEquals("alive", s.get("/").body());
        }
    }

    @Test
    void deepRecursionIsAnEshkolErrorNotACrash() throws Exception {
        try (Served s = Served.script(dir, """
                (define (down n) (if (= n 0) 0 (+ 1 (down (- n 1)))))
                (define (handle req) (number->string (down (string->number (request-query-ref req "n")))))
                """)) {
            assertEquals("100000", s.get("/?n=100000").body()); // deep non-tail recursion is normal Scheme
            HttpResponse<String> r = s.get("/?n=100000000");
            assertEquals(500, r.statusCode());
            assertTrue(s.errors.get(0).contains("stack"), s.errors.get(0));
            assertEquals("5", s.get("/?n=5").body());
        }
    }

    @Test
    void aMalformedRequestIs400() throws Exception {
        try (Served s = Served.script(dir, "(define (handle req) \"ok\")");
             java.net.Socket sock = new java.net.Socket("127.0.0.1", s.server.port())) {
            sock.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n".getBytes());
            String head = new String(sock.getInputStream().readNBytes(12));
            assertEquals("HTTP/1.1 400", head);
        }
        try (Served s = Served.script(dir, "(define (handle req) \"ok\")")) {
            assertEquals("ok", s.send(HttpRequest.newBuilder(s.uri("/"))).body());
        }
    }
}
