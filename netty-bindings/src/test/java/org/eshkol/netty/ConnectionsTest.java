package org.eshkol.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Keep-alive, pipelining, {@code Connection: close}, clients that go away, and many clients at once. */
@ExtendWith(ServerLeakCheck.class)
class ConnectionsTest {
    @TempDir Path dir;

    private static final String ECHO = """
            (define (handle req)
              (cond ((equal? (request-path req) "/spin") (let loop () (loop)))
                    (else (string-append "echo " (request-query-ref req "n" "-")))))
            """;

    @Test
    void pipelinedRequestsAreAnsweredInOrderOnOneConnection() throws Exception {
        try (Served s = Served.script(dir, ECHO); Socket sock = new Socket("127.0.0.1", s.server.port())) {
            StringBuilder reqs = new StringBuilder();
            for (int i = 0; i < 5; i++) reqs.append("GET /?n=").append(i).append(" HTTP/1.1\r\nHost: x\r\n\r\n");
            sock.getOutputStream().write(reqs.toString().getBytes(StandardCharsets.US_ASCII));
            InputStream in = sock.getInputStream();
            for (int i = 0; i < 5; i++) assertEquals("echo " + i, readResponseBody(in));
            // Connection: close ends the connection after the answer
            sock.getOutputStream().write("GET /?n=last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals("echo last", readResponseBody(in));
            assertEquals(-1, in.read());
        }
    }

    @Test
    void http10WithoutKeepAliveIsClosedAfterTheResponse() throws Exception {
        try (Served s = Served.script(dir, ECHO); Socket sock = new Socket("127.0.0.1", s.server.port())) {
            sock.getOutputStream().write("GET /?n=old HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = sock.getInputStream();
            assertEquals("echo old", readResponseBody(in));
            assertEquals(-1, in.read());
        }
    }

    @Test
    void aClientThatGoesAwayMidHandlerStopsItsHandlerAndReleasesItsRegion() throws Exception {
        try (Served s = Served.script(dir, ECHO, ServerOptions.defaults().withWatch(false).withPoolThreads(1))) {
            try (Socket sock = new Socket("127.0.0.1", s.server.port())) {
                sock.getOutputStream().write("GET /spin HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (s.server.inFlight() == 0 && System.nanoTime() < deadline) Thread.sleep(2);
                assertEquals(1, s.server.inFlight());
            } // the client closes while the handler spins
            LimitsTest.waitIdle(s);
            assertEquals("echo 1", s.get("/?n=1").body()); // the pool's one thread serves again
        }
    }

    @Test
    void sixtyFourClientsAtOnceGetTheirOwnAnswers() throws Exception {
        try (Served s = Served.script(dir, """
                (define (handle req)
                  (let* ((n (request-query-ref req "n"))
                         (scratch (make-bytevector 4096 7)))
                    (string-append "echo " n " " (number->string (bytevector-u8-ref scratch 4095)))))
                """)) {
            ExecutorService clients = Executors.newFixedThreadPool(64);
            AtomicInteger wrong = new AtomicInteger(), done = new AtomicInteger();
            long until = System.nanoTime() + 3_000_000_000L;
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < 64; c++) {
                int client = c;
                fs.add(clients.submit(() -> {
                    for (int i = 0; System.nanoTime() < until; i++) {
                        String n = client + "-" + i;
                        HttpResponse<String> r = s.send(HttpRequest.newBuilder(s.uri("/?n=" + n)));
                        if (r.statusCode() != 200 || !r.body().equals("echo " + n + " 7")) wrong.incrementAndGet();
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
            clients.shutdown();
            assertEquals(0, wrong.get(), "wrong answers out of " + done.get());
            assertTrue(done.get() >= 64, "only " + done.get() + " requests");
            assertTrue(s.errors.isEmpty(), s.errors.toString());
        }
    }

    /** Reads one response with a Content-Length; returns its body. */
    static String readResponseBody(InputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) throw new java.io.EOFException("connection closed in the headers: " + head);
            head.append((char) b);
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) length = Integer.parseInt(line.substring(15).trim());
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    static void write(OutputStream out, String s) throws java.io.IOException { out.write(s.getBytes(StandardCharsets.US_ASCII)); }
}
