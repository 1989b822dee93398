package org.eshkol.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A watched handler file: a new version is swapped in, a broken one is not. */
@ExtendWith(ServerLeakCheck.class)
class HotReloadTest {
    @TempDir Path dir;

    @Test
    void aChangedFileServesItsNewVersionAndABrokenOneKeepsTheOld() throws Exception {
        ServerOptions watched = ServerOptions.defaults().withWatch(true);
        try (Served s = Served.script(dir, "(define (greeting) \"v1\") (define (handle req) (greeting))", watched)) {
            assertEquals("v1", s.get("/").body());
            Files.writeString(s.file, "(define (greeting) \"v2\") (define (handle req) (greeting))", StandardCharsets.UTF_8);
            awaitBody(s, "v2");
            Files.writeString(s.file, "(define (handle req) (string-append \"v3\" ", StandardCharsets.UTF_8); // unbalanced
            awaitError(s);
            assertEquals("v2", s.get("/").body());
            assertTrue(s.errors.get(0).contains("reload of " + s.file + " failed; the previous version keeps serving"), s.errors.get(0));
            assertTrue(s.errors.get(0).contains(s.file + ":1:"), s.errors.get(0)); // the position of the read error
            Files.writeString(s.file, "(define (handel req) \"typo\")", StandardCharsets.UTF_8);
            awaitErrors(s, 2);
            assertTrue(s.errors.get(1).contains("must define (define (handle req)"), s.errors.get(1));
            assertEquals("v2", s.get("/").body());
            Files.writeString(s.file, "(define (handle req) \"v4\")", StandardCharsets.UTF_8);
            awaitBody(s, "v4");
        }
    }

    @Test
    void aFirstVersionThatDoesNotCompileIsRefusedAtStart() throws Exception {
        Path file = dir.resolve("bad.esk");
        Files.writeString(file, "(define (handle req) (if))", StandardCharsets.UTF_8);
        org.eshkol.engine.EshkolException e = org.junit.jupiter.api.Assertions.assertThrows(org.eshkol.engine.EshkolException.class,
                () -> EshkolHttpServer.builder().port(0).script(file).start());
        assertTrue(e.render().contains("bad.esk:1:22"), e.render());
    }

    private static void awaitBody(Served s, String body) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        String last;
        do {
            last = s.get("/").body();
            if (last.equals(body)) return;
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        assertEquals(body, last);
    }

    private static void awaitError(Served s) throws InterruptedException { awaitErrors(s, 1); }

    private static void awaitErrors(Served s, int n) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (s.errors.size() < n && System.nanoTime() < deadline) Thread.sleep(20);
        assertEquals(n, s.errors.size(), s.errors.toString());
    }
}
