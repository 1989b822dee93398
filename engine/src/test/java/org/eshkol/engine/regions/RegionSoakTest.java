package org.eshkol.engine.regions;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 10,000 regions of 64 KiB each (625 MiB in total) keep the process's resident memory flat and
 * return the allocator's used memory to where it started. Runs in a child JVM with a small,
 * pre-touched heap, so the heap's own growth cannot hide or fake a leak.
 */
class RegionSoakTest {
    @Test
    void tenThousandRegionsKeepMemoryFlat() throws Exception {
        assumeLinux();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xms96m", "-Xmx96m", "-XX:+AlwaysPreTouch", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), RegionSoak.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        String[] last = out.lines().reduce((a, b) -> b).orElseThrow().split(" ");
        long rssBefore = Long.parseLong(last[0]);
        long rssAfter = Long.parseLong(last[1]);
        long usedBefore = Long.parseLong(last[2]);
        long usedAfter = Long.parseLong(last[3]);
        assertTrue(rssAfter - rssBefore < 24L << 20,
                "resident memory grew by " + ((rssAfter - rssBefore) >> 20) + " MiB over 625 MiB of region allocations");
        assertTrue(usedAfter <= usedBefore, "allocator used memory went from " + usedBefore + " to " + usedAfter);
    }

    private static void assumeLinux() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/proc/self/status")), "needs /proc");
    }
}
