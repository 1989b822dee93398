package org.eshkol.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eshkol --report-shared FILE} lists the shared values alive at exit with counts and sites. */
class ReportSharedTest {
    @TempDir
    Path dir;

    @Test
    void theReportNamesEachLiveValueWithItsCountAndSite() throws Exception {
        Path p = dir.resolve("cache.esk");
        Files.writeString(p, """
                (define kept (shared (make-hash-table)))
                (retain! kept)
                (define gone (shared (list 1)))
                (release! gone)
                (display "ran")
                """, StandardCharsets.UTF_8);
        MainTest.Result r = MainTest.run("--report-shared", p.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("ran", r.out());
        assertTrue(r.err().contains("\n  hash table, count 2, weak 0, shared at " + p + ":1"), r.err());
        assertTrue(!r.err().contains("cache.esk:3"), "released values are not listed: " + r.err());
        assertTrue(r.err().startsWith("shared values alive: "), r.err());
    }

    @Test
    void withoutTheOptionNothingIsReported() throws Exception {
        Path p = dir.resolve("quiet.esk");
        Files.writeString(p, "(define kept (shared (make-hash-table)))\n", StandardCharsets.UTF_8);
        MainTest.Result r = MainTest.run(p.toString());
        assertEquals("", r.err());
    }
}
