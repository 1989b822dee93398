package org.eshkol.runtime.shared;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The documented exception to "the header lives on the value": vectors are plain {@code Object[]} and
 * Java objects handed to scripts are not ours, so neither has a header slot. Their headers live in
 * this identity side table, weakly (the key is the header itself, a weak reference to the value):
 * an entry is removed when the value is released, or by the safety net when the value is collected.
 * {@link #COUNT} lets lookups skip the table entirely while it is empty.
 */
final class SideHeaders {
    private SideHeaders() {}

    private static final ConcurrentHashMap<Object, SharedHeader> TABLE = new ConcurrentHashMap<>();
    private static final AtomicInteger COUNT = new AtomicInteger();

    /** The header of {@code v}, or null. */
    static SharedHeader get(Object v) {
        if (COUNT.get() == 0) return null;
        return TABLE.get(new Probe(v));
    }

    /** Installs {@code h} unless {@code v} already has a header; returns the header now in place. */
    static synchronized SharedHeader install(Object v, SharedHeader h) {
        SharedHeader old = TABLE.get(new Probe(v));
        if (old != null) return old;
        TABLE.put(h, h);
        COUNT.incrementAndGet();
        return h;
    }

    static void remove(SharedHeader h) {
        if (TABLE.remove(h) != null) COUNT.decrementAndGet();
    }

    /** A lookup key equal to the header whose value is {@code v} (compared by identity). */
    private record Probe(Object v) {
        @Override
        public int hashCode() { return System.identityHashCode(v); }

        @Override
        public boolean equals(Object o) { return o instanceof SharedHeader h && h.get() == v; }
    }
}
