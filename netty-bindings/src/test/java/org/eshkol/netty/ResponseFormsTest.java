package org.eshkol.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Every form a handler's value takes, and what a value that is no response gives. */
@ExtendWith(ServerLeakCheck.class)
class ResponseFormsTest {
    @TempDir Path dir;

    private static final String ROUTES = """
            (define (handle req)
              (let ((p (request-path req)))
                (cond ((equal? p "/created") (make-response 201 '(("Location" . "/things/1") ("X-Count" . 3)) "made"))
                      ((equal? p "/empty") (make-response 204))
                      ((equal? p "/missing") (make-response 404 "no such page"))
                      ((equal? p "/json") (make-response 200 '(("content-type" . "application/json")) "{\\"a\\":1}"))
                      ((equal? p "/bytes") (make-response 200 '() (bytevector 1 2 3)))
                      ((equal? p "/number") 42)
                      ((equal? p "/bad-status") (make-response 99))
                      ((equal? p "/injection") (make-response 200 '(("X-A" . "1\\r\\nSet-Cookie: evil")) "x"))
                      (else "hello"))))
            """;

    @Test
    void statusHeadersAndBody() throws Exception {
        try (Served s = Served.script(dir, ROUTES)) {
            HttpResponse<String> r = s.get("/created");
            assertEquals(201, r.statusCode());
            assertEquals("/things/1", r.headers().firstValue("location").orElseThrow());
            assertEquals("3", r.headers().firstValue("x-count").orElseThrow());
            assertEquals("text/plain; charset=utf-8", r.headers().firstValue("content-type").orElseThrow());
            assertEquals("made", r.body());
            HttpResponse<String> e = s.get("/empty");
            assertEquals(204, e.statusCode());
            assertEquals("", e.body());
            assertFalse(e.headers().firstValue("content-type").isPresent());
            assertEquals(404, s.get("/missing").statusCode());
            assertEquals("no such page", s.get("/missing").body());
            HttpResponse<String> j = s.get("/json");
            assertEquals("application/json", j.headers().firstValue("content-type").orElseThrow());
            assertEquals("{\"a\":1}", j.body());
            HttpResponse<String> b = s.get("/bytes");
            assertEquals("application/octet-stream", b.headers().firstValue("content-type").orElseThrow());
            assertEquals("3", b.headers().firstValue("content-length").orElseThrow());
            assertEquals("hello", s.get("/").body());
            assertTrue(s.errors.isEmpty(), s.errors.toString());
        }
    }

    @Test
    void aValueThatIsNoResponseIsA500NamingTheHandlersPosition() throws Exception {
        try (Served s = Served.script(dir, ROUTES)) {
            HttpResponse<String> r = s.get("/number");
            assertEquals(500, r.statusCode());
            assertEquals("500 Internal Server Error\n", r.body());
            assertEquals(1, s.errors.size());
            String log = s.errors.get(0);
            assertTrue(log.contains("GET /number: handler handle (" + s.file + ":1:1): the handler returned 42, which is not a response"), log);
            assertEquals("hello", s.get("/").body()); // the server goes on
        }
    }

    @Test
    void badMakeResponseArgumentsAreScriptErrors() throws Exception {
        try (Served s = Served.script(dir, ROUTES)) {
            assertEquals(500, s.get("/bad-status").statusCode());
            assertTrue(s.errors.get(0).contains("make-response: expected a status code from 100 to 599, got 99"), s.errors.get(0));
            assertEquals(500, s.get("/injection").statusCode());
            assertTrue(s.errors.get(1).contains("make-response: invalid header X-A"), s.errors.get(1));
        }
    }
}
