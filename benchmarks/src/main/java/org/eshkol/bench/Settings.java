package org.eshkol.bench;

/**
 * How long to warm up and how many runs to measure, per program and implementation. Warm-up runs
 * until both {@code warmupRuns} and {@code warmupMillis} are reached (but stops at {@code
 * maxWarmupMillis}); then {@code measuredRuns} runs are timed (fewer, at least 3, once {@code
 * maxMeasureMillis} is spent) and their median is reported.
 */
public record Settings(int warmupRuns, long warmupMillis, long maxWarmupMillis, int measuredRuns, long maxMeasureMillis) {
    /** The default: 5 runs and 3 s of warm-up, median of 10. */
    public static final Settings FULL = new Settings(5, 3000, 15000, 10, 30000);

    /** A smoke run: one warm-up run, one measured run; timings are meaningless. */
    public static final Settings QUICK = new Settings(1, 0, 0, 1, 0);

    public Settings {
        if (warmupRuns < 0 || measuredRuns < 1) throw new IllegalArgumentException("bad run counts");
    }
}
