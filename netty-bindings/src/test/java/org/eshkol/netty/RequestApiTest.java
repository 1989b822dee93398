package org.eshkol.netty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What a handler sees of its request: method, decoded path, query, headers, body, remote address. */
@ExtendWith(ServerLeakCheck.class)
class RequestApiTest {
    @TempDir Path dir;

    @Test
    void methodAndDecodedPath() throws Exception {
        try (Served s = Served.script(dir, """
                (define (handle req)
                  (string-append (symbol->string (request-method req)) " [" (request-path req) "] " (request-uri req)))
                """)) {
            HttpResponse<String> r = s.get("/a%20b/c%2Fd?x=1");
            assertEquals(200, r.statusCode());
            assertEquals("GET [/a b/c/d] /a%20b/c%2Fd?x=1", r.body());
            assertEquals("text/plain; charset=utf-8", r.headers().firstValue("content-type").orElseThrow());
            HttpResponse<String> d = s.send(HttpRequest.newBuilder(s.uri("/")).method("DELETE", HttpRequest.BodyPublishers.noBody()));
            assertTrue(d.body().startsWith("DELETE [/]"), d.body());
        }
    }

    @Test
    void queryAsAnAssociationListAndByName() throws Exception {
        try (Served s = Served.script(dir, """
                (define (handle req)
                  (let ((out (open-output-string)))
                    (write (request-query req) out)
                    (write (request-query-ref req "q") out)
                    (write (request-query-ref req "missing") out)
                    (write (request-query-ref req "missing" "dflt") out)
                    (get-output-string out)))
                """)) {
            assertEquals("((\"q\" . \"x&y\") (\"q\" . \"2\") (\"e\" . \"\"))\"x&y\"#f\"dflt\"", s.get("/p?q=x%26y&q=2&e=").body());
            assertEquals("()#f#f\"dflt\"", s.get("/p").body());
        }
    }

    @Test
    void headersAreCaseInsensitiveAndListedInLowerCase() throws Exception {
        try (Served s = Served.script(dir, """
                (define (handle req)
                  (let ((out (open-output-string)))
                    (write (request-header req "x-token") out)
                    (write (request-header req 'X-TOKEN) out)
                    (write (request-header req "x-none") out)
                    (write (assoc "x-token" (request-headers req)) out)
                    (get-output-string out)))
                """)) {
            HttpResponse<String> r = s.send(HttpRequest.newBuilder(s.uri("/")).header("X-Token", "abc"));
            assertEquals("\"abc\"\"abc\"#f(\"x-token\" . \"abc\")", r.body());
        }
    }

    @Test
    void bodyAsBytevectorAndAsString() throws Exception {
        try (Served s = Served.script(dir, """
                (define (handle req)
                  (if (equal? (request-path req) "/bytes")
                      (let ((b (request-body req)))
                        (bytevector-u8-set! b 0 (+ 1 (bytevector-u8-ref b 0)))
                        b)
                      (string-append "len=" (number->string (bytevector-length (request-body req)))
                                     " text=" (request-body-string req))))
                """)) {
            HttpResponse<String> r = s.send(HttpRequest.newBuilder(s.uri("/text")).POST(HttpRequest.BodyPublishers.ofString("héllo")));
            assertEquals("len=6 text=héllo", r.body());
            HttpResponse<byte[]> b = s.client.send(HttpRequest.newBuilder(s.uri("/bytes")).POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2, 3})).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals("application/octet-stream", b.headers().firstValue("content-type").orElseThrow());
            assertArrayEquals(new byte[] {2, 2, 3}, b.body());
            // a large body, aggregated from many reads
            String big = "x".repeat(300_000);
            assertEquals("len=300000 text=" + big, s.send(HttpRequest.newBuilder(s.uri("/text")).POST(HttpRequest.BodyPublishers.ofString(big))).body());
        }
    }

    @Test
    void remoteAddressAndPredicates() throws Exception {
        try (Served s = Served.script(dir, """
                (define (handle req)
                  (string-append (request-remote-address req) " " (if (request? req) "request" "?") " " (if (request? 5) "?" "no")))
                """)) {
            assertEquals("127.0.0.1 request no", s.get("/").body());
        }
    }

    @Test
    void aRequestKeptPastItsResponseRaisesInsteadOfReadingReleasedMemory() throws Exception {
        try (Served s = Served.script(dir, """
                (define last #f)
                (define (handle req)
                  (let ((before (if last
                                    (guard (e (#t (condition/report-string e)))
                                      (request-body-string last))
                                    "first")))
                    (set! last req)
                    before))
                """)) {
            assertEquals("first", s.get("/").body());
            assertTrue(s.get("/").body().contains("the request has ended"));
        }
    }
}
