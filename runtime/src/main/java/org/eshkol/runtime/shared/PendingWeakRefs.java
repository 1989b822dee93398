package org.eshkol.runtime.shared;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Weak references made before their value was shared, for values whose header lives in
 * {@link SideHeaders} (vectors, Java objects): such a header leaves the side table when the value is
 * released, so a weak reference could not tell "released" from "never shared" by looking later. When
 * the value is shared, {@link #shared} binds them to its header. (A value of ours keeps its header in
 * its own slot after release, so its weak references find it themselves: {@link WeakRef#header()}.)
 * Keys are weak; an entry goes when its value is collected or shared. {@link #COUNT} lets sharing skip
 * the table while it is empty.
 */
final class PendingWeakRefs {
    private PendingWeakRefs() {}

    private static final ConcurrentHashMap<Key, List<WeakRef>> TABLE = new ConcurrentHashMap<>();
    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    private static final AtomicInteger COUNT = new AtomicInteger();

    /** {@code w} refers to {@code v}, which has no header slot and is not shared yet. */
    static void add(Object v, WeakRef w) {
        expunge();
        TABLE.compute(new Key(v, QUEUE), (k, refs) -> {
            if (refs == null) {
                COUNT.incrementAndGet();
                refs = new CopyOnWriteArrayList<>();
            }
            refs.add(w);
            return refs;
        });
    }

    /** {@code v} has just been given header {@code h}: the weak references made before learn of it. */
    static void shared(Object v, SharedHeader h) {
        if (COUNT.get() == 0) return;
        List<WeakRef> refs = TABLE.remove(new Key(v, null));
        if (refs == null) return;
        COUNT.decrementAndGet();
        for (WeakRef w : refs) w.bindIfUnbound(h);
    }

    private static void expunge() {
        for (Object k; (k = QUEUE.poll()) != null; ) {
            if (TABLE.remove(k) != null) COUNT.decrementAndGet();
        }
    }

    /** A weak, identity-compared key. */
    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object v, ReferenceQueue<Object> q) {
            super(v, q);
            hash = System.identityHashCode(v);
        }

        @Override
        public int hashCode() { return hash; }

        @Override
        public boolean equals(Object o) {
            if (o == this) return true;
            if (!(o instanceof Key k)) return false;
            Object v = get();
            return v != null && v == k.get();
        }
    }
}
