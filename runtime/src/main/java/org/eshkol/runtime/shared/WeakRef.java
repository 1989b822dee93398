package org.eshkol.runtime.shared;

import java.lang.ref.Cleaner;
import org.eshkol.runtime.Value;

/**
 * A weak reference to a shared value ({@code weak-ref}): it does not count, so it never keeps the
 * value alive; {@link Shared#upgrade} ({@code strong-ref}) gives the value back, counted, while it is
 * alive and null (#f) once it has been released. It holds the header, not the value, so it does not
 * keep the value reachable either. The value's weak count includes this reference until the JVM
 * collects it.
 */
public final class WeakRef extends Value {
    private static final Cleaner CLEANER = Cleaner.create(r -> {
        Thread t = new Thread(r, "eshkol-weak-ref-cleaner");
        t.setDaemon(true);
        return t;
    });

    final SharedHeader header;

    WeakRef(SharedHeader header) {
        this.header = header;
        header.weakAdded();
        CLEANER.register(this, header::weakDropped);
    }

    /** True while the value it refers to has not been released. */
    public boolean isLive() { return header.alive() && header.get() != null; }

    @Override
    public String toString() { return isLive() ? "#<weak-ref " + header.kind + ">" : "#<weak-ref released>"; }
}
