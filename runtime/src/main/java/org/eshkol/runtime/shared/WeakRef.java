package org.eshkol.runtime.shared;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import org.eshkol.runtime.Value;
import org.eshkol.runtime.region.ArenaValue;

/**
 * A weak reference ({@code weak-ref}) to any heap value, shared or not yet: it does not count, so it
 * never keeps the value alive, and it does not keep the value reachable either (it holds the value's
 * {@link SharedHeader}, itself a JVM weak reference, or, while the value is not shared, a JVM weak
 * reference of its own).
 *
 * <p>{@link Shared#upgrade} ({@code strong-ref}) gives the value back: once it is shared, counted for
 * the caller while its count is above zero and null (#f) after its last release; while it is not
 * shared, uncounted, while it is reachable (null once the GC has collected it, or once the region
 * that holds an arena value has ended). A weak reference made before its value was shared learns of
 * the header at its first upgrade after the sharing: the value's weak count includes it from then
 * until the JVM collects it.
 */
public final class WeakRef extends Value {
    private static final Cleaner CLEANER = Cleaner.create(r -> {
        Thread t = new Thread(r, "eshkol-weak-ref-cleaner");
        t.setDaemon(true);
        return t;
    });
    private static final VarHandle HEADER;

    static {
        try {
            HEADER = MethodHandles.lookup().findVarHandle(WeakRef.class, "header", SharedHeader.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The value's header: set at creation for a shared value, else at the first upgrade after sharing. */
    @SuppressWarnings("unused") private volatile SharedHeader header;
    /** The value while it is not (known to be) shared; null when made on a shared value. */
    private final WeakReference<Object> unshared;

    /** A weak reference to a shared value. */
    WeakRef(SharedHeader header) {
        this.unshared = null;
        bind(header);
    }

    /** A weak reference to {@code v}, a heap value with no header yet. */
    WeakRef(Object v) {
        this.unshared = new WeakReference<>(v);
        if (!(v instanceof Value)) PendingWeakRefs.add(v, this);
    }

    /**
     * The header of the value this refers to, or null while the value is not shared (or has been
     * collected unshared). Binds to a header the value received since this reference was made.
     */
    SharedHeader header() {
        SharedHeader h = header;
        if (h != null) return h;
        Object v = unshared.get();
        if (v == null) return null;
        SharedHeader now = Shared.header(v);
        if (now != null) bindIfUnbound(now);
        return header;
    }

    /** Binds this reference to {@code h}, its value's header, unless it is bound already. */
    void bindIfUnbound(SharedHeader h) {
        if (HEADER.compareAndSet(this, (SharedHeader) null, h)) countIn(h);
    }

    /** The value while it is not shared and still reachable (an arena value: in a live region), else null. */
    Object unsharedValue() {
        Object v = unshared == null ? null : unshared.get();
        return v instanceof ArenaValue a && !a.isLive() ? null : v;
    }

    private void bind(SharedHeader h) {
        header = h;
        countIn(h);
    }

    private void countIn(SharedHeader h) {
        h.weakAdded();
        CLEANER.register(this, h::weakDropped);
    }

    /** True while {@link Shared#upgrade} would give the value back. */
    public boolean isLive() {
        SharedHeader h = header();
        return h != null ? h.alive() && h.get() != null : unsharedValue() != null;
    }

    @Override
    public String toString() {
        SharedHeader h = header();
        if (h != null) return isLive() ? "#<weak-ref " + h.kind + ">" : "#<weak-ref released>";
        Object v = unsharedValue();
        return v != null ? "#<weak-ref " + Kinds.of(v) + ">" : "#<weak-ref released>";
    }
}
