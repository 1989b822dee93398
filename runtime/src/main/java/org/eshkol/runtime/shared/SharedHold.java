package org.eshkol.runtime.shared;

import java.lang.ref.Cleaner;

/**
 * A Java holder's count of a shared value, JNI's global reference for Tier 4. Shared values handed
 * to Java (as arguments of a Java method, or as the result of {@code eval}) are <em>borrowed</em>:
 * valid while the script still holds them. Java code that keeps one beyond that takes a hold:
 *
 * <pre>{@code
 * SharedHold h = Shared.hold(conn);   // one more count, for this holder
 * ...
 * h.close();                          // gives it back (exactly once; later closes do nothing)
 * }</pre>
 *
 * <p>{@link Shared#adopt} wraps a count the Java caller already owns instead (one a script took for
 * it with {@code (retain! v)} before handing the value over). A hold that becomes unreachable
 * without being closed is reported once to the shared-value report listener, with the value's kind
 * and site, and its count is given back by the cleaner: late, on the cleaner's thread, but never
 * lost.
 */
public final class SharedHold implements AutoCloseable {
    private static final Cleaner CLEANER = Cleaner.create(r -> {
        Thread t = new Thread(r, "eshkol-shared-hold-cleaner");
        t.setDaemon(true);
        return t;
    });

    private final Object value;
    private final Count count;
    private final Cleaner.Cleanable cleanable;

    SharedHold(Object value, SharedHeader header) {
        this.value = value;
        this.count = new Count(value, header);
        this.cleanable = CLEANER.register(this, count);
    }

    /** The held value (alive at least until {@link #close}). */
    public Object get() { return value; }

    /** Gives the count back; the value is released now if it was the last. Closing twice does nothing. */
    @Override
    public void close() {
        count.closed = true;
        cleanable.clean();
    }

    /** The count itself; the cleaner's action when the hold is dropped unclosed. Must not refer to the hold. */
    private static final class Count implements Runnable {
        private final Object value;
        private final SharedHeader header;
        private volatile boolean closed;
        private boolean done;

        Count(Object value, SharedHeader header) {
            this.value = value;
            this.header = header;
        }

        @Override
        public synchronized void run() {
            if (done) return;
            done = true;
            if (!closed) {
                SharedRegistry.report("shared value hold leak: " + header.kind + " (shared at " + header.site
                        + ") was held from Java and never closed; the cleaner gave its count back");
            }
            int before = header.releaseShared(value);
            if (before > 0) Reclaim.released("SharedHold.close", header, value, before);
        }
    }
}
