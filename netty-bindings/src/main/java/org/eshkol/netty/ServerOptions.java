package org.eshkol.netty;

import java.util.function.Consumer;

/**
 * The limits and settings of a server, immutable. Every field has a default; each {@code with}
 * method returns a copy. From a script they come as an association list ({@link ScriptOptions}).
 *
 * @param host           the address to bind (default {@code 127.0.0.1})
 * @param timeLimitMillis how long a handler may run before its client gets {@code 503} and the handler
 *                       is interrupted (default 30 s; 0 for none)
 * @param regionBytes    the most bytes a request's region may allocate (default 64 MiB)
 * @param bodyBytes      the largest request body (default 10 MiB; larger: {@code 413})
 * @param maxConcurrent  requests in flight at once, over all connections; past it {@code 503} with
 *                       {@code Retry-After} (default 4 × cores × 64)
 * @param workers        the kind of thread handlers run on
 * @param poolThreads    the size of the worker pool, for {@link Workers#POOL}
 * @param debug          whether an error's text goes into the {@code 500} body (default: only the log)
 * @param watch          whether a handler file is watched and reloaded when it changes (default on)
 * @param stopMillis     how long a graceful stop waits for handlers in flight (default 10 s)
 * @param errorLog       where handler errors go, one report each (default: {@code System.Logger}
 *                       {@code org.eshkol.netty}, at WARNING)
 */
public record ServerOptions(String host, long timeLimitMillis, long regionBytes, int bodyBytes, int maxConcurrent,
                            Workers workers, int poolThreads, boolean debug, boolean watch, long stopMillis,
                            Consumer<String> errorLog) {
    /** Where handlers run. */
    public enum Workers {
        /** a bounded pool of platform threads with large stacks (deep recursion is normal Scheme) */
        POOL,
        /** a virtual thread per request */
        VIRTUAL
    }

    static final int CORES = Runtime.getRuntime().availableProcessors();

    public ServerOptions {
        if (host == null || host.isEmpty()) throw new IllegalArgumentException("host must be given");
        if (timeLimitMillis < 0) throw new IllegalArgumentException("time limit < 0: " + timeLimitMillis);
        if (regionBytes < 0) throw new IllegalArgumentException("region limit < 0: " + regionBytes);
        if (bodyBytes < 0) throw new IllegalArgumentException("body limit < 0: " + bodyBytes);
        if (maxConcurrent < 1) throw new IllegalArgumentException("concurrency limit < 1: " + maxConcurrent);
        if (poolThreads < 1) throw new IllegalArgumentException("pool threads < 1: " + poolThreads);
        if (stopMillis < 0) throw new IllegalArgumentException("stop timeout < 0: " + stopMillis);
        if (workers == null) throw new IllegalArgumentException("workers must be given");
        if (errorLog == null) errorLog = ServerLog::warn;
    }

    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", 30_000, 64L << 20, 10 << 20, 4 * CORES * 64, Workers.POOL,
                Math.max(16, 8 * CORES), false, true, 10_000, ServerLog::warn);
    }

    public ServerOptions withHost(String h) { return new ServerOptions(h, timeLimitMillis, regionBytes, bodyBytes, maxConcurrent, workers, poolThreads, debug, watch, stopMillis, errorLog); }

    public ServerOptions withTimeLimitMillis(long ms) { return new ServerOptions(host, ms, regionBytes, bodyBytes, maxConcurrent, workers, poolThreads, debug, watch, stopMillis, errorLog); }

    public ServerOptions withRegionBytes(long n) { return new ServerOptions(host, timeLimitMillis, n, bodyBytes, maxConcurrent, workers, poolThreads, debug, watch, stopMillis, errorLog); }

    public ServerOptions withBodyBytes(int n) { return new ServerOptions(host, timeLimitMillis, regionBytes, n, maxConcurrent, workers, poolThreads, debug, watch, stopMillis, errorLog); }

    public ServerOptions withMaxConcurrent(int n) { return new ServerOptions(host, timeLimitMillis, regionBytes, bodyBytes, n, workers, poolThreads, debug, watch, stopMillis, errorLog); }

    public ServerOptions withWorkers(Workers w) { return new ServerOptions(host, timeLimitMillis, regionBytes, bodyBytes, maxConcurrent, w, poolThreads, debug, watch, stopMillis, errorLog); }

    public ServerOptions withPoolThreads(int n) { return new ServerOptions(host, timeLimitMillis, regionBytes, bodyBytes, maxConcurrent, workers, n, debug, watch, stopMillis, errorLog); }

    public ServerOptions withDebug(boolean on) { return new ServerOptions(host, timeLimitMillis, regionBytes, bodyBytes, maxConcurrent, workers, poolThreads, on, watch, stopMillis, errorLog); }

    public ServerOptions withWatch(boolean on) { return new ServerOptions(host, timeLimitMillis, regionBytes, bodyBytes, maxConcurrent, workers, poolThreads, debug, on, stopMillis, errorLog); }

    public ServerOptions withStopMillis(long ms) { return new ServerOptions(host, timeLimitMillis, regionBytes, bodyBytes, maxConcurrent, workers, poolThreads, debug, watch, ms, errorLog); }

    public ServerOptions withErrorLog(Consumer<String> log) { return new ServerOptions(host, timeLimitMillis, regionBytes, bodyBytes, maxConcurrent, workers, poolThreads, debug, watch, stopMillis, log); }
}
