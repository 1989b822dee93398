package org.eshkol.bench;

import java.util.Arrays;

/** Warms a loaded program up and times it according to {@link Settings}. */
public final class Stopwatch {
    /** Results go here so that no run can be optimised away. */
    private static volatile Object sink;

    private Stopwatch() {}

    /** The median and fastest of the measured runs, in milliseconds. */
    public record Timing(double medianMillis, double minMillis, int runs) {}

    public static Timing time(Implementation.Loaded program, Settings s) throws Throwable {
        long start = System.nanoTime();
        for (int i = 0; ; i++) {
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            boolean enough = i >= s.warmupRuns() && elapsed >= s.warmupMillis();
            if (enough || (i >= 1 && elapsed >= s.maxWarmupMillis())) break;
            sink = program.run();
        }
        long[] samples = new long[s.measuredRuns()];
        int n = 0;
        long measureStart = System.nanoTime();
        while (n < samples.length) {
            long t0 = System.nanoTime();
            sink = program.run();
            samples[n++] = System.nanoTime() - t0;
            if (n >= 3 && (System.nanoTime() - measureStart) / 1_000_000 >= s.maxMeasureMillis()) break;
        }
        long[] taken = Arrays.copyOf(samples, n);
        Arrays.sort(taken);
        double median = n % 2 == 1 ? taken[n / 2] : (taken[n / 2 - 1] + taken[n / 2]) / 2.0;
        return new Timing(median / 1e6, taken[0] / 1e6, n);
    }
}
