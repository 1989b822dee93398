package org.eshkol.engine.regions;

import org.eshkol.runtime.region.RegionPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.engine.Eshkol;
import org.eshkol.engine.EshkolOptions;

/**
 * Run in a child JVM by {@link RegionSoakTest}: 10,000 regions, each allocating 64 KiB in its arena,
 * from a script. Prints the resident set size and the pooled allocator's used heap memory after a
 * warm-up and at the end, as {@code rss-before rss-after used-before used-after} in bytes.
 */
public final class RegionSoak {
    public static void main(String[] args) throws Exception {
        Eshkol eshkol = new Eshkol(EshkolOptions.defaults());
        Eshkol.Compiled program = eshkol.compile(new SourceFile("soak.esk", """
                (define (requests n)
                  (do ((i 0 (+ i 1)) (sum 0 (+ sum (with-region 'request
                                                    (let ((buf (make-bytevector 65536 1)))
                                                      (bytevector-u8-set! buf 65535 7)
                                                      (bytevector-u8-ref buf 65535))))))
                      ((= i n) sum)))
                """));
        program.run();
        Eshkol.Compiled warm = eshkol.compile(new SourceFile("warm.esk", "(requests 500)"));
        Eshkol.Compiled soak = eshkol.compile(new SourceFile("soak-run.esk", "(requests 10000)"));
        warm.run();
        System.gc();
        long rssBefore = rss();
        long usedBefore = RegionPolicy.defaultAllocator().metric().usedHeapMemory();
        Object sum = soak.run();
        System.gc();
        long rssAfter = rss();
        long usedAfter = RegionPolicy.defaultAllocator().metric().usedHeapMemory();
        if (!Long.valueOf(70000).equals(sum)) throw new AssertionError("wrong sum " + sum);
        System.out.println(rssBefore + " " + rssAfter + " " + usedBefore + " " + usedAfter);
    }

    /** VmRSS from /proc/self/status, in bytes. */
    static long rss() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
        throw new IllegalStateException("no VmRSS");
    }
}
