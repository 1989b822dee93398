package org.eshkol.engine.cli;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eshkol.engine.EshkolPolicy;

/**
 * The command's sandbox options: {@code --sandbox} (the {@link EshkolPolicy#untrusted()} preset),
 * {@code --allow-read DIR}, {@code --allow-write DIR}, {@code --allow-net HOST:PORT} and
 * {@code --allow-env NAME}, which open the sandbox up (and imply it), and {@code --time-limit MS},
 * after which the running script is interrupted.
 */
final class SandboxFlags {
    static final String USAGE = """
              --sandbox       run untrusted: no files, network, environment, Java interop; exit ends only the script
              --allow-read DIR, --allow-write DIR, --allow-net HOST:PORT, --allow-env NAME
                              open the sandbox up (each implies --sandbox; repeat as needed)
              --time-limit MS interrupt the script after MS milliseconds
            """;

    private boolean sandbox;
    private final EshkolPolicy.Builder policy = EshkolPolicy.builder();
    private long timeLimitMillis;

    /** Whether {@code option} is one of these flags. */
    static boolean handles(String option) {
        return switch (option) {
            case "--sandbox", "--allow-read", "--allow-write", "--allow-net", "--allow-env", "--time-limit" -> true;
            default -> false;
        };
    }

    /**
     * Takes the flag at {@code args[i]} and its value; returns the index of its last word.
     *
     * @throws IllegalArgumentException with a message for the user when the value is missing or bad
     */
    int take(String[] args, int i) {
        String option = args[i];
        if (option.equals("--sandbox")) {
            sandbox = true;
            return i;
        }
        if (i + 1 >= args.length) throw new IllegalArgumentException(option + " needs a value");
        String v = args[i + 1];
        switch (option) {
            case "--allow-read" -> policy.allowRead(Path.of(v));
            case "--allow-write" -> policy.allowWrite(Path.of(v));
            case "--allow-net" -> policy.allowConnect(v);
            case "--allow-env" -> policy.allowEnvironment(v);
            case "--time-limit" -> {
                try {
                    timeLimitMillis = Long.parseLong(v);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--time-limit needs a number of milliseconds, got " + v);
                }
                if (timeLimitMillis <= 0) throw new IllegalArgumentException("--time-limit must be positive, got " + v);
                return i + 1;
            }
            default -> throw new IllegalStateException(option);
        }
        sandbox = true;
        return i + 1;
    }

    /** The policy the flags ask for: {@link EshkolPolicy#trusted()} without any sandbox flag. */
    EshkolPolicy policy() { return sandbox ? policy.build() : EshkolPolicy.trusted(); }

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "eshkol-time-limit");
        t.setDaemon(true);
        return t;
    });

    /**
     * Interrupts the calling thread (the one running scripts) when the time limit passes, until
     * closed; a no-op without {@code --time-limit}. {@link Limit#fired()} says whether it did.
     */
    Limit startTimeLimit() {
        Limit limit = new Limit(Thread.currentThread());
        if (timeLimitMillis > 0) limit.task = TIMER.schedule(limit::fire, timeLimitMillis, TimeUnit.MILLISECONDS);
        return limit;
    }

    long timeLimitMillis() { return timeLimitMillis; }

    /** A running time limit: closing it stops it and clears an interrupt it delivered. */
    static final class Limit implements AutoCloseable {
        private final Thread thread;
        private ScheduledFuture<?> task;
        private boolean fired, closed;

        private Limit(Thread thread) { this.thread = thread; }

        private synchronized void fire() {
            if (closed) return;
            fired = true;
            thread.interrupt();
        }

        synchronized boolean fired() { return fired; }

        @Override
        public synchronized void close() {
            closed = true;
            if (task != null) task.cancel(false);
            if (fired) Thread.interrupted();
        }
    }
}
