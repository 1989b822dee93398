package org.eshkol.runtime.shared;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Procedure;

/**
 * Tier-4 builtins: {@code shared weak-ref strong-ref ref-count weak-ref? shared? retain! release!
 * collect-shared-cycles}. {@code (shared x)} returns {@code x} itself, now counted; the counts a
 * script's own bindings hold are given back by {@code release!} until the compiler releases them at
 * scope exit.
 */
public final class SharedLib {
    private SharedLib() {}

    @Builtin({"shared"})
    public static Object shared(Object v) { return Shared.share("shared", v, null); }

    /** {@code (shared expr destructor)}: the destructor is called with the value when its count reaches zero. */
    @Builtin({"shared"})
    public static Object shared(Object v, Object destructor) {
        if (!(destructor instanceof Procedure p)) throw Errors.wrongType("shared", "a procedure", destructor);
        return Shared.share("shared", v, p);
    }

    /**
     * {@code (shared v)} as the compiler emits a direct call of the builtin: {@code site} is the
     * call's {@code file.esk:LINE}, known when compiled, so sharing walks no stack to find it.
     * Scripts never name this.
     */
    @Builtin({"%shared-at"})
    public static Object sharedAt(Object v, Object site) { return Shared.share("shared", v, null, site(site)); }

    /** {@code (shared v destructor)} as the compiler emits a direct call, with the call's site. */
    @Builtin({"%shared-at"})
    public static Object sharedAt(Object v, Object destructor, Object site) {
        if (!(destructor instanceof Procedure p)) throw Errors.wrongType("shared", "a procedure", destructor);
        return Shared.share("shared", v, p, site(site));
    }

    private static String site(Object site) {
        if (site instanceof String s) return s;
        if (site instanceof MString s) return s.toString();
        throw Errors.wrongType("%shared-at", "a string", site);
    }

    @Builtin({"weak-ref"})
    public static Object weakRef(Object v) { return Shared.weakRef(v); }

    /** The value, counted for the caller, or #f once it has been released. */
    @Builtin({"strong-ref"})
    public static Object strongRef(Object w) {
        if (!(w instanceof WeakRef r)) throw Errors.wrongType("strong-ref", "a weak reference", w);
        Object v = Shared.upgrade(r);
        return v == null ? Boolean.FALSE : v;
    }

    @Builtin({"ref-count"})
    public static Object refCount(Object v) { return (long) Shared.refCount(v); }

    @Builtin({"weak-ref?"})
    public static boolean isWeakRef(Object v) { return v instanceof WeakRef; }

    /** True while {@code v} is shared and not yet released. */
    @Builtin({"shared?"})
    public static boolean isShared(Object v) { return Shared.isShared(v); }

    @Builtin({"retain!"})
    public static void retain(Object v) { Shared.retain(v); }

    @Builtin({"release!"})
    public static void release(Object v) { Shared.release(v); }

    /** Runs the cycle collector now; returns the number of garbage cycles found. */
    @Builtin({"collect-shared-cycles"})
    public static Object collectCycles() { return (long) SharedCycles.collect().size(); }
}
