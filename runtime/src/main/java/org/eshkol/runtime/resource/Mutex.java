package org.eshkol.runtime.resource;

import java.util.concurrent.locks.ReentrantLock;

/** A mutual-exclusion lock ({@code make-mutex}); {@code mutex-lock} acquires it as an owned {@link MutexGuard}. */
public final class Mutex extends org.eshkol.runtime.Value {
    final ReentrantLock lock = new ReentrantLock();
    private final String name;

    public Mutex(String name) { this.name = name; }

    public String name() { return name; }

    public boolean isLocked() { return lock.isLocked(); }

    @Override
    public String toString() { return name == null ? "#<mutex>" : "#<mutex " + name + ">"; }
}
