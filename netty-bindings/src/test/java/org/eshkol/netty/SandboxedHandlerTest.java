package org.eshkol.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.engine.Eshkol;
import org.eshkol.engine.EshkolOptions;
import org.eshkol.engine.EshkolPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A handler runs under the sandbox policy of its engine, on whatever worker thread serves it. */
@ExtendWith(ServerLeakCheck.class)
class SandboxedHandlerTest {
    @TempDir Path dir;

    private static final String READER = """
            (define (handle req)
              (guard (e (#t (make-response 403 (condition/report-string e))))
                (call-with-input-file "/etc/hostname" read-line)))
            """;

    @Test
    void anUntrustedHandlerFileIsDeniedFilesOnEveryWorker() throws Exception {
        Path file = dir.resolve("h.esk");
        Files.writeString(file, READER);
        List<String> errors = new CopyOnWriteArrayList<>();
        try (EshkolHttpServer s = EshkolHttpServer.builder().port(0)
                .options(ServerOptions.defaults().withWatch(false).withErrorLog(errors::add))
                .engineOptions(EshkolOptions.defaults().withPolicy(EshkolPolicy.untrusted())).script(file).start();
             HttpClient c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            for (int i = 0; i < 20; i++) { // more requests than one thread: every pool thread gets the policy
                HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(403, r.statusCode());
                assertTrue(r.body().contains("denied by the sandbox policy"), r.body());
            }
        }
    }

    @Test
    void aServerStartedByAnUntrustedScriptKeepsItsPolicy() throws Exception {
        Eshkol e = new Eshkol(EshkolOptions.defaults().withPolicy(EshkolPolicy.untrusted()));
        e.eval(new SourceFile("start.esk", READER + "(define server (http-start 0 handle))"));
        long port = (Long) e.eval("(http-server-port server)");
        try (HttpClient c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, r.statusCode());
            assertTrue(r.body().contains("denied by the sandbox policy"), r.body());
        } finally {
            e.eval("(http-stop server)");
        }
    }
}
