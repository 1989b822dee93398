package org.eshkol.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.engine.Eshkol;
import org.eshkol.engine.EshkolException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The server from a script: {@code http-start}, {@code http-server-port}, {@code http-stop}, options, and their errors. */
@ExtendWith(ServerLeakCheck.class)
class ScriptServerTest {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private String get(long port, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void aScriptStartsAServerOnAFreePortAndStopsIt() throws Exception {
        Eshkol e = new Eshkol();
        e.eval(new SourceFile("start.esk", """
                (define hits 0)
                (define server
                  (http-start 0 (lambda (req) (set! hits (+ hits 1)) (string-append "hi " (request-path req)))
                              '((time-limit . 5000) (max-concurrent . 8) (workers . virtual))))
                """));
        long port = (Long) e.eval("(http-server-port server)");
        assertTrue(port > 0);
        assertEquals("hi /x", get(port, "/x"));
        assertEquals("hi /y", get(port, "/y"));
        assertEquals(2L, e.eval("hits"));
        assertEquals(Boolean.TRUE, e.eval("(http-server? server)"));
        e.eval("(http-stop server)");
        assertTrue(((String) org.eshkol.runtime.Printer.displayString(e.eval("server"))).contains("stopped"));
    }

    @Test
    void badArgumentsAreEshkolErrorsWithPositions() {
        Eshkol e = new Eshkol();
        assertError(e, "(http-start 0 42)", "http-start: expected a handler procedure of one argument, got 42");
        assertError(e, "(http-start 70000 (lambda (r) \"x\"))", "http-start: option port: expected an exact integer from 0 to 65535, got 70000");
        assertError(e, "(http-start 0 (lambda (r) \"x\") '((colour . red)))", "http-start: unknown option colour");
        assertError(e, "(http-start 0 (lambda (r) \"x\") '((time-limit . \"soon\")))", "expected an exact integer");
        assertError(e, "(request-path 5)", "request-path: expected an http request, got 5");
    }

    @Test
    void aPortInUseIsAClearError() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Eshkol e = new Eshkol();
            assertError(e, "(http-start " + taken.getLocalPort() + " (lambda (r) \"x\"))", "http-start: cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    private static void assertError(Eshkol e, String text, String expected) {
        EshkolException x = org.junit.jupiter.api.Assertions.assertThrows(EshkolException.class, () -> e.eval(new SourceFile("bad.esk", text)));
        assertTrue(x.render().contains(expected), x.render());
        assertTrue(x.render().contains("bad.esk:1:"), x.render());
    }
}
