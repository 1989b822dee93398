package org.eshkol.runtime.resource;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.Resource;
import org.eshkol.runtime.Resources;
import org.eshkol.runtime.Symbol;

/**
 * The generic consumers of owned resources and the lock resources:
 * {@code (close r)} releases a resource and raises when it was already closed; {@code %consume} is
 * what {@code (consume v)} compiles to (closes a resource, nothing for other values);
 * {@code %with-resource} runs a thunk and closes the resource on every exit, normal or not;
 * {@code (make-mutex [name])}, {@code (mutex-lock m)} (an owned {@link MutexGuard}),
 * {@code (mutex-locked? m)}, {@code (resource? x)}, {@code (resource-closed? r)}.
 */
public final class ResourceLib {
    private ResourceLib() {}

    @Builtin("close")
    public static void close(Object r) {
        if (r instanceof Resource res) Resources.close("close", res);
        else throw Errors.wrongType("close", "a resource", r);
    }

    @Builtin("%consume")
    public static void consume(Object v) {
        if (v instanceof Resource res) Resources.close("consume", res);
    }

    /** Calls {@code thunk} and closes {@code r} afterwards, unless the body already closed it. */
    @Builtin("%with-resource")
    public static Object withResource(Object r, Object thunk) {
        if (!(r instanceof Resource res)) throw Errors.wrongType("with-resource", "a resource", r);
        try {
            return ((Procedure) thunk).call0();
        } finally {
            if (!res.isClosed()) res.close();
        }
    }

    @Builtin("resource?")
    public static boolean isResource(Object x) { return x instanceof Resource; }

    @Builtin("resource-closed?")
    public static boolean isClosed(Object r) {
        if (r instanceof Resource res) return res.isClosed();
        throw Errors.wrongType("resource-closed?", "a resource", r);
    }

    @Builtin("make-mutex")
    public static Object makeMutex() { return new Mutex(null); }

    @Builtin("make-mutex")
    public static Object makeMutex(Object name) {
        if (name instanceof Symbol || name instanceof MString) return new Mutex(name.toString());
        throw Errors.wrongType("make-mutex", "a symbol or string", name);
    }

    @Builtin("mutex-lock")
    public static Object lock(Object m) { return new MutexGuard(mutex("mutex-lock", m)); }

    @Builtin("mutex-locked?")
    public static boolean isLocked(Object m) { return mutex("mutex-locked?", m).isLocked(); }

    private static Mutex mutex(String who, Object m) {
        if (m instanceof Mutex x) return x;
        throw Errors.wrongType(who, "a mutex", m);
    }
}
