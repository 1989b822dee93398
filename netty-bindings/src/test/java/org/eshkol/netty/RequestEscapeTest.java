package org.eshkol.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values that escape their request are promoted, never left in a reused arena: 10,000 requests,
 * each storing a bytevector made in its own region into a global shared table and reading back
 * values that other requests stored, while the workers' arenas (and spare first chunks) are reused.
 */
@ExtendWith(ServerLeakCheck.class)
class RequestEscapeTest {
    @TempDir Path dir;

    @Test
    void tenThousandRequestsStoreAndReadEachOthersValuesWithoutAStaleRead() throws Exception {
        try (Served s = Served.script(dir, """
                (define table (shared (make-equal-hash-table)))
                (define (filled? b v)
                  (let loop ((i 0))
                    (cond ((= i (bytevector-length b)) #t)
                          ((= (bytevector-u8-ref b i) v) (loop (+ i 1)))
                          (else #f))))
                (define (handle req)
                  (let* ((n (string->number (request-query-ref req "n")))
                         (mine (make-bytevector 48 (modulo n 256)))
                         (body (request-body req)))
                    (hash-table-set! table n mine)
                    (hash-table-set! table (- 0 n 1) body)
                    (let check ((k (- n 1)) (seen 0))
                      (cond ((or (< k 0) (= seen 8)) "ok")
                            ((not (filled? (hash-table-ref table k) (modulo k 256))) (string-append "STALE " (number->string k)))
                            ((not (equal? (utf8->string (hash-table-ref table (- 0 k 1))) (number->string k))) (string-append "BODY " (number->string k)))
                            (else (check (- k 1) (+ seen 1)))))))
                """)) {
            AtomicInteger bad = new AtomicInteger();
            String first = null;
            for (int n = 0; n < 10_000; n++) {
                HttpResponse<String> r = s.send(HttpRequest.newBuilder(s.uri("/?n=" + n)).POST(HttpRequest.BodyPublishers.ofString(Integer.toString(n))));
                if (!r.body().equals("ok")) {
                    bad.incrementAndGet();
                    if (first == null) first = n + ": " + r.statusCode() + " " + r.body() + " " + s.errors;
                }
            }
            assertEquals(0, bad.get(), "wrong reads; the first: " + first);
        }
    }
}
