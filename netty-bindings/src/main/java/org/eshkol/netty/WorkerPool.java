package org.eshkol.netty;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where handlers run, off the event loops, and how many may be in flight: a permit per request
 * ({@link #tryAcquire}), refused past {@link ServerOptions#maxConcurrent()}, so the queue in front of
 * the threads is bounded by the same number and never grows without end.
 */
final class WorkerPool implements AutoCloseable {
    /** Stack of a pool thread: deep non-tail recursion is normal Scheme. */
    static final long STACK_BYTES = 64L << 20;

    private final ExecutorService executor;
    private final int max;
    private final AtomicInteger inFlight = new AtomicInteger();

    WorkerPool(ServerOptions o) {
        this.max = o.maxConcurrent();
        if (o.workers() == ServerOptions.Workers.VIRTUAL) {
            executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("eshkol-http-v", 0).factory());
        } else {
            AtomicInteger n = new AtomicInteger();
            ThreadPoolExecutor pool = new ThreadPoolExecutor(o.poolThreads(), o.poolThreads(), 60, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), r -> {
                        Thread t = new Thread(null, r, "eshkol-http-" + n.incrementAndGet(), STACK_BYTES);
                        t.setDaemon(true);
                        return t;
                    });
            pool.allowCoreThreadTimeOut(true);
            executor = pool;
        }
    }

    /** Takes a permit for one request; false when {@link ServerOptions#maxConcurrent()} are in flight. */
    boolean tryAcquire() {
        for (;;) {
            int n = inFlight.get();
            if (n >= max) return false;
            if (inFlight.compareAndSet(n, n + 1)) return true;
        }
    }

    /** Gives a permit back: the handler's thread is free. */
    void release() { inFlight.decrementAndGet(); }

    /** Requests whose handler has not finished. */
    int inFlight() { return inFlight.get(); }

    void execute(Runnable r) { executor.execute(r); }

    @Override
    public void close() { executor.shutdownNow(); }
}
