package org.eshkol.runtime.shared;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Procedure;

/**
 * Tier-4 builtins: {@code shared weak-ref strong-ref ref-count weak-ref? shared? retain! release!
 * collect-shared-cycles}. {@code (shared x)} returns {@code x} itself, now counted. The compiler gives
 * the count back: a binding that holds it at scope exit, otherwise the innermost frame (a temporary,
 * or {@code shared} called through a value); {@code release!} is for counts taken with {@code retain!}.
 */
public final class SharedLib {
    private SharedLib() {}

    /**
     * {@code shared} called through a procedure value ({@code (map shared xs)}, {@code (apply shared
     * ...)}): the compiler cannot see who receives the value, so the count it creates goes to the
     * innermost frame (released when the frame ends unless its result still reaches the value; a
     * {@code define} takes it). Direct calls compile to {@code %shared-at} or {@code %shared-temp-at}.
     */
    @Builtin({"shared"})
    public static Object shared(Object v) { return Shared.shareHandedOn("shared", v, null, null); }

    /** {@code (shared expr destructor)}: the destructor is called with the value when its count reaches zero. */
    @Builtin({"shared"})
    public static Object shared(Object v, Object destructor) {
        return Shared.shareHandedOn("shared", v, procedure(destructor), null);
    }

    /**
     * {@code (shared v)} as the compiler emits a direct call of the builtin whose count a binding, a
     * {@code define} or a procedure's return takes: {@code site} is the call's {@code file.esk:LINE},
     * known when compiled, so sharing walks no stack to find it ({@code ""}: unknown, walk). Scripts
     * never name this.
     */
    @Builtin({"%shared-at"})
    public static Object sharedAt(Object v, Object site) { return Shared.shareHeld("shared", v, null, site(site)); }

    /** {@code (shared v destructor)} as the compiler emits a direct call, with the call's site. */
    @Builtin({"%shared-at"})
    public static Object sharedAt(Object v, Object destructor, Object site) {
        return Shared.shareHeld("shared", v, procedure(destructor), site(site));
    }

    /**
     * {@code (shared v)} as the compiler emits a direct call whose count nothing takes (a temporary:
     * an argument, a stored or dropped value): the count goes to the innermost frame.
     */
    @Builtin({"%shared-temp-at"})
    public static Object sharedTempAt(Object v, Object site) { return Shared.shareHandedOn("shared", v, null, site(site)); }

    /** {@code (shared v destructor)} as a temporary, with the call's site. */
    @Builtin({"%shared-temp-at"})
    public static Object sharedTempAt(Object v, Object destructor, Object site) {
        return Shared.shareHandedOn("shared", v, procedure(destructor), site(site));
    }

    private static Procedure procedure(Object destructor) {
        if (!(destructor instanceof Procedure p)) throw Errors.wrongType("shared", "a procedure", destructor);
        return p;
    }

    private static String site(Object site) {
        if (site instanceof String s) return s.isEmpty() ? null : s;
        if (site instanceof MString s) return site(s.toString());
        throw Errors.wrongType("%shared-at", "a string", site);
    }

    @Builtin({"weak-ref"})
    public static Object weakRef(Object v) { return Shared.weakRef(v); }

    /**
     * The value, counted, or #f once it has been released; as a temporary or called through a
     * procedure value, the count goes to the innermost frame.
     */
    @Builtin({"strong-ref"})
    public static Object strongRef(Object w) { return Shared.handOn(strongRefCounted(w)); }

    /** {@code (strong-ref w)} as the compiler emits a direct call whose count a binding, define or return takes. */
    @Builtin({"%strong-ref"})
    public static Object strongRefCounted(Object w) {
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
