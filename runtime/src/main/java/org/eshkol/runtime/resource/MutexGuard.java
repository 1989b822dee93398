package org.eshkol.runtime.resource;

import org.eshkol.runtime.Resource;
import org.eshkol.runtime.ResourceLeaks;

/**
 * Proof that the current thread holds a {@link Mutex}: the owned result of {@code mutex-lock}.
 * Closing it (with {@code close}, {@code consume} or at the end of {@code with-resource}) unlocks
 * the mutex; closing it twice raises.
 */
public final class MutexGuard extends org.eshkol.runtime.Value implements Resource {
    private final Mutex mutex;
    private boolean closed;
    private final ResourceLeaks.Tracked leakWatch;

    /** Locks {@code mutex}. A guard dropped unclosed is reported, and the cleaner unlocks the mutex. */
    MutexGuard(Mutex mutex) {
        this.mutex = mutex;
        mutex.acquire();
        this.leakWatch = ResourceLeaks.track(this, describe(), mutex::release);
    }

    /** The mutex this guard holds (until it is closed). */
    public Mutex mutex() { return mutex; }

    @Override
    public String kind() { return "mutex guard"; }

    @Override
    public String describe() { return mutex.name() == null ? "mutex guard" : "mutex guard " + mutex.name(); }

    @Override
    public boolean isClosed() { return closed; }

    @Override
    public void close() {
        closed = true;
        leakWatch.closed();
        mutex.release();
    }

    @Override
    public String toString() { return "#<" + describe() + ">"; }
}
