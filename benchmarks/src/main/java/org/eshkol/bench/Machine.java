package org.eshkol.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/** Describes where results were measured: processors, CPU model, JDK and its options, date and git commit. */
public final class Machine {
    private Machine() {}

    public static String describe() {
        return "- machine: " + Runtime.getRuntime().availableProcessors() + " processors, " + cpuModel() + "\n"
                + "- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + "\n"
                + "- JVM options: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()) + "\n"
                + "- date: " + LocalDate.now() + "\n"
                + "- commit: " + gitCommit() + "\n";
    }

    /**
     * A warning when the heap can still grow: on the virtual machines we measure on, the first touch
     * of newly committed heap pages makes allocating programs 30x slower for a second or two after
     * each heap expansion. A fixed, pre-touched heap ({@code -Xms1g -Xmx1g -XX:+AlwaysPreTouch})
     * avoids that. Null when the heap is fixed.
     */
    public static String heapWarning() {
        boolean preTouch = ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:+AlwaysPreTouch");
        Runtime rt = Runtime.getRuntime();
        if (preTouch && rt.totalMemory() >= rt.maxMemory() * 0.9) return null;
        return "warning: the heap is not fixed and pre-touched; timings of allocating programs will include page faults"
                + " of new heap memory (run java with -Xms1g -Xmx1g -XX:+AlwaysPreTouch)";
    }

    static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).strip();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch");
    }

    static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) return out;
        } catch (IOException e) {
            // no git: fall through
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "unknown";
    }
}
