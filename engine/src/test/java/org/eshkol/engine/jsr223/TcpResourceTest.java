package org.eshkol.engine.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.junit.jupiter.api.Test;

/** tcp-connect against a loopback echo server this test starts: an owned bidirectional port. */
class TcpResourceTest {
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("eshkol");

    @Test
    void ownedConnectionTalksAndClosingTwiceRaises() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread echo = Thread.ofVirtual().start(() -> {
                try (Socket s = server.accept();
                     BufferedReader r = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                     PrintWriter w = new PrintWriter(new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8), true)) {
                    String line;
                    while ((line = r.readLine()) != null) w.println("echo " + line);
                } catch (Exception ignored) {
                    // the client closed the connection
                }
            });
            engine.put("server-port", (long) server.getLocalPort());
            Object reply = engine.eval("""
                    (define (ask conn question)
                      (write-string question conn)
                      (newline conn)
                      (flush-output-port conn)
                      (read-line conn))
                    (define (session port)
                      (let ((conn (owned (tcp-connect "127.0.0.1" port))))
                        (let ((reply (borrow conn (ask conn "hello λ"))))
                          (close conn)
                          reply)))
                    (session server-port)
                    """);
            assertEquals("\"echo hello λ\"", writeOf(reply));
            echo.join(5000);
        }
    }

    @Test
    void closedConnectionRaisesNamingTheSocket() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread accept = Thread.ofVirtual().start(() -> {
                try (Socket s = server.accept()) {
                    s.getInputStream().read();
                } catch (Exception ignored) {
                    // closed by the client
                }
            });
            engine.put("server-port", (long) server.getLocalPort());
            Object msg = engine.eval("""
                    (define c (tcp-connect "127.0.0.1" server-port))
                    (close c)
                    (list (guard (e (#t (error-object-message e))) (read-line c))
                          (guard (e (#t (error-object-message e))) (close c)))
                    """);
            String p = String.valueOf(server.getLocalPort());
            assertEquals("(\"read-line: resource socket 127.0.0.1:" + p + " is closed\" \"close: resource socket 127.0.0.1:"
                    + p + " is already closed\")", writeOf(msg));
            accept.join(5000);
        }
    }

    @Test
    void aConnectionIsABidirectionalTextualPortWithHalfClose() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread peer = Thread.ofVirtual().start(() -> {
                try (Socket s = server.accept()) {
                    // read the whole request (until the client half-closes), then answer
                    String request = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    s.getOutputStream().write(("got " + request.length() + " chars\n").getBytes(StandardCharsets.UTF_8));
                } catch (Exception ignored) {
                    // the test fails on the client side
                }
            });
            engine.put("server-port", (long) server.getLocalPort());
            Object answer = engine.eval("""
                    ; not owned: the ownership analysis counts close-output-port as consuming (it closes a file port)
                    (define c (tcp-connect "127.0.0.1" server-port))
                    (define kinds (list (port? c) (input-port? c) (output-port? c) (textual-port? c) (binary-port? c)))
                    (write-string "request body" c)
                    (close-output-port c)
                    (define after-half-close (list (output-port-open? c) (input-port-open? c)))
                    (define reply (read-line c))
                    (close c)
                    (list kinds after-half-close reply (input-port-open? c))
                    """);
            assertEquals("((#t #t #t #t #f) (#f #t) \"got 12 chars\" #f)", writeOf(answer));
            peer.join(5000);
        }
    }

    private String writeOf(Object v) throws Exception {
        engine.put("the-value", v);
        return String.valueOf(engine.eval("(call-with-output-string (lambda (p) (write the-value p)))"));
    }
}
