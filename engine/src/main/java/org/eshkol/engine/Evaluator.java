package org.eshkol.engine;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where compiled code runs: on the caller's thread, or on engine-owned daemon threads with a large
 * stack (so that deep non-tail recursion works whatever thread the embedder calls from). Failures
 * come back to the caller unchanged.
 */
abstract class Evaluator {
    abstract Object call(Callable<Object> work);

    /** Whether {@link #call} runs the work on the calling thread (so callers may run it directly). */
    boolean onCaller() { return false; }

    static Evaluator create(long stackBytes) {
        return stackBytes == 0 ? new Direct() : new LargeStack(stackBytes);
    }

    private static final class Direct extends Evaluator {
        @Override
        boolean onCaller() { return true; }

        @Override
        Object call(Callable<Object> work) {
            try {
                return work.call();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final class LargeStack extends Evaluator {
        private static final AtomicInteger THREADS = new AtomicInteger();
        private final ExecutorService pool;

        LargeStack(long stackBytes) {
            this.pool = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(null, r, "eshkol-eval-" + THREADS.incrementAndGet(), stackBytes);
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        Object call(Callable<Object> work) {
            Future<Object> f = pool.submit(work);
            try {
                return f.get();
            } catch (InterruptedException e) {
                f.cancel(true);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while a script was running", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) throw r;
                if (cause instanceof Error err) throw err;
                throw new IllegalStateException(cause);
            }
        }
    }
}
