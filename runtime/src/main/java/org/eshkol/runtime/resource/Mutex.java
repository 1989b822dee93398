package org.eshkol.runtime.resource;

import java.util.concurrent.Semaphore;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.EvaluationInterrupted;

/**
 * A mutual-exclusion lock ({@code make-mutex}); {@code mutex-lock} acquires it as an owned
 * {@link MutexGuard}. Not reentrant: locking a mutex the thread already holds raises instead of
 * deadlocking. Any thread may release it, so the cleaner can unlock the mutex of a guard that was
 * dropped without being closed. Waiting for it can be interrupted (the evaluation then stops).
 */
public final class Mutex extends org.eshkol.runtime.Value {
    private final Semaphore permit = new Semaphore(1);
    private final String name;
    private volatile Thread holder;

    public Mutex(String name) { this.name = name; }

    public String name() { return name; }

    public boolean isLocked() { return permit.availablePermits() == 0; }

    void acquire() {
        Thread me = Thread.currentThread();
        if (holder == me) throw Errors.error("mutex-lock: " + this + " is already held by this thread");
        try {
            permit.acquire();
        } catch (InterruptedException e) {
            throw new EvaluationInterrupted();
        }
        holder = me;
    }

    /** Releases the lock (from any thread: the owner, or the cleaner of a dropped guard). */
    void release() {
        holder = null;
        permit.release();
    }

    @Override
    public String toString() { return name == null ? "#<mutex>" : "#<mutex " + name + ">"; }
}
