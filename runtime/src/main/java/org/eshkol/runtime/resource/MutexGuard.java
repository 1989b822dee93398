package org.eshkol.runtime.resource;

import org.eshkol.runtime.Resource;

/**
 * Proof that the current thread holds a {@link Mutex}: the owned result of {@code mutex-lock}.
 * Closing it (with {@code close}, {@code consume} or at the end of {@code with-resource}) unlocks
 * the mutex; closing it twice raises.
 */
public final class MutexGuard implements Resource {
    private final Mutex mutex;
    private boolean closed;

    MutexGuard(Mutex mutex) {
        this.mutex = mutex;
        mutex.lock.lock();
    }

    @Override
    public String kind() { return "mutex guard"; }

    @Override
    public String describe() { return mutex.name() == null ? "mutex guard" : "mutex guard " + mutex.name(); }

    @Override
    public boolean isClosed() { return closed; }

    @Override
    public void close() {
        closed = true;
        mutex.lock.unlock();
    }

    @Override
    public String toString() { return "#<" + describe() + ">"; }
}
