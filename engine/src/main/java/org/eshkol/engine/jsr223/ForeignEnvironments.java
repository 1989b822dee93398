package org.eshkol.engine.jsr223;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.script.Bindings;
import org.eshkol.engine.Eshkol;

/**
 * The global environment behind each foreign {@link Bindings} object (a {@code SimpleBindings}, say)
 * used as an engine scope: one per Bindings object, by identity, held weakly so that dropping the
 * Bindings drops its environment.
 */
final class ForeignEnvironments {
    private final ReferenceQueue<Bindings> queue = new ReferenceQueue<>();
    private final Map<Key, SyncedEnvironment> map = new HashMap<>();
    private final Eshkol eshkol;
    private final Consumer<String> onPut;

    /** Each environment is a new one of {@code eshkol}'s, reporting puts to {@code onPut}. */
    ForeignEnvironments(Eshkol eshkol, Consumer<String> onPut) {
        this.eshkol = eshkol;
        this.onPut = onPut;
    }

    /** Identity of a Bindings object, weakly. */
    private static final class Key extends WeakReference<Bindings> {
        private final int hash;

        Key(Bindings b, ReferenceQueue<Bindings> q) {
            super(b, q);
            this.hash = System.identityHashCode(b);
        }

        @Override public int hashCode() { return hash; }

        @Override
        public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Key k)) return false;
            Object mine = get();
            return mine != null && mine == k.get();
        }
    }

    synchronized SyncedEnvironment of(Bindings b) {
        for (Object k; (k = queue.poll()) != null; ) map.remove(k);
        Key probe = new Key(b, null);
        SyncedEnvironment env = map.get(probe);
        if (env == null) {
            env = new SyncedEnvironment(eshkol.newEnvironment(), onPut);
            map.put(new Key(b, queue), env);
        }
        return env;
    }

    /** How many Bindings objects have an environment (for tests). */
    synchronized int size() {
        for (Object k; (k = queue.poll()) != null; ) map.remove(k);
        return map.size();
    }
}
