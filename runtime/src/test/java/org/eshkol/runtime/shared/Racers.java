package org.eshkol.runtime.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;

/** Test threads for the count races: each waits on a barrier (if any), runs its body, and records what it raised. */
final class Racers {
    private Racers() {}

    /** A body that may throw. */
    interface Body {
        void run() throws Exception;
    }

    /** Starts {@code n} threads that each await {@code start} (when not null), then run {@code body}; failures go to {@code failures}. */
    static List<Thread> start(int n, CyclicBarrier start, List<Throwable> failures, Body body) {
        List<Thread> ts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(() -> {
                try {
                    if (start != null) start.await();
                    body.run();
                } catch (Throwable x) {
                    failures.add(x);
                }
            });
            ts.add(t);
            t.start();
        }
        return ts;
    }

    static void joinAll(List<Thread> ts) throws InterruptedException {
        for (Thread t : ts) t.join();
    }

    /** {@code pairs} retain/release pairs of {@code v} on this thread. */
    static void pairs(Object v, int pairs) {
        for (int k = 0; k < pairs; k++) {
            Shared.retain(v);
            Shared.release(v);
        }
    }
}
