package org.eshkol.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The base class of Eshkol's own heap values (pairs, strings, records, hash tables, procedures, arena
 * values, ports, boxes...): one optional slot for the Tier-4 shared-value header, kept on the object
 * itself rather than in a side table. The slot is null until the value is shared; it costs nothing
 * on objects whose size is already padded (a pair stays 24 bytes with compressed pointers).
 *
 * <p>Numbers, characters, booleans, symbols and vectors ({@code Object[]}) are not {@code Value}s.
 */
public abstract class Value {
    private static final VarHandle HEADER;

    static {
        try {
            HEADER = MethodHandles.lookup().findVarHandle(Value.class, "header", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") // accessed through HEADER
    private volatile Object header;

    /** The shared-value header, or null while the value is not shared. */
    public final Object sharedHeader() { return header; }

    /**
     * Installs {@code h} as the shared-value header if there is none yet; returns the header now in
     * place (the one given, or the one another thread installed first).
     */
    public final Object installSharedHeader(Object h) {
        Object witness = HEADER.compareAndExchange(this, (Object) null, h);
        return witness == null ? h : witness;
    }
}
