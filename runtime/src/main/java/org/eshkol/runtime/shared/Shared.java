package org.eshkol.runtime.shared;

import org.eshkol.runtime.Children;

import java.util.Objects;
import java.util.function.Consumer;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.Value;

/**
 * Tier-4 shared values: the Java API mirroring the spec's runtime functions, the store hooks, and the
 * entry points the compiler calls for scope exits and captures.
 *
 * <table>
 *   <caption>spec function and Java method</caption>
 *   <tr><td>{@code shared_allocate(size, destructor)}</td><td>{@link #share(Object, Consumer)} (the value
 *   exists already; sharing gives it its header)</td></tr>
 *   <tr><td>{@code shared_retain}</td><td>{@link #retain}</td></tr>
 *   <tr><td>{@code shared_release}</td><td>{@link #release}</td></tr>
 *   <tr><td>{@code weak_ref_create}</td><td>{@link #weakRef}</td></tr>
 *   <tr><td>{@code weak_ref_upgrade}</td><td>{@link #upgrade} (null once released)</td></tr>
 *   <tr><td>{@code shared_ref_count}</td><td>{@link #refCount}</td></tr>
 * </table>
 *
 * <p><b>Counting.</b> Sharing counts 1, for whoever shared the value. Each place that holds it beyond
 * that scope counts one more: stores into globals and data structures through {@link #stored}
 * (which also releases the value the store overwrote), closure captures through {@link #captured},
 * Java holders through {@link #hold} (or {@link #retain}). At zero the value is released on the releasing thread,
 * exactly once: its destructor runs, a resource it is gets closed, its arena storage is freed and
 * the counts it held through its own slots are given back ({@link Reclaim}). Sharing a value that is
 * already shared is a no-op (a destructor passed then is ignored).
 *
 * <p><b>What a store counts.</b> Storing a shared value counts it; storing an unshared structure counts
 * each shared value reachable from it through unshared structure (as {@link Reach} walks), so a
 * list of shared nodes stored into a table counts every node once per occurrence. Overwriting gives
 * the same counts back for the old value. Stores only ever give back counts stores took, into the
 * same container ({@link SharedHeader#edgeAdded}).
 *
 * <p><b>Frames.</b> A scope whose result still reaches a value it holds hands the count to the
 * innermost frame ({@link #frameEnter}, {@link HoldFrames}), which releases it when it ends unless its
 * own result still reaches the value. Values handed to Java are borrowed; Java holders take a
 * {@link #hold}.
 */
public final class Shared {
    private Shared() {}

    // ---- the spec's runtime functions ----

    /** Shares {@code v} (count 1) without a destructor; a no-op if it is already shared. Returns {@code v}. */
    public static Object share(Object v) { return share("shared", v, null); }

    /** Shares {@code v} with a Java destructor, called with the value when its count reaches zero. */
    public static Object share(Object v, Consumer<Object> destructor) { return share("shared", v, destructor); }

    /**
     * Shares {@code v} with a Java destructor (or null), recording {@code site} as where it was shared
     * for leak and cycle reports ({@code "ConnectionPool.open"}), instead of finding the caller's
     * frame by walking the stack, which costs microseconds.
     */
    public static Object share(Object v, Consumer<Object> destructor, String site) {
        return share("shared", v, destructor, Objects.requireNonNull(site, "site"));
    }

    /** Shares {@code v} with a Scheme destructor procedure, called with the value at zero. */
    public static Object share(Object v, Procedure destructor) { return share("shared", v, destructor); }

    static Object share(String who, Object v, Object destructor) { return share(who, v, destructor, null); }

    /**
     * Shares {@code v}, recording {@code site} as where; a null site is found by walking the stack
     * ({@link Sites#here}), which costs microseconds, so compiled direct calls pass theirs.
     */
    static Object share(String who, Object v, Object destructor, String site) {
        shareCounting(who, v, destructor, site);
        return v;
    }

    /**
     * Shares {@code v} for a caller that takes the count (a holding binding, a {@code define}, a
     * procedure's result: {@code %shared-at}). When {@code v} was already shared, sharing adds no
     * header, but the holder still releases a count when it lets go, so it takes one now: without it
     * the holder's release would take away a count someone else holds.
     */
    static Object shareHeld(String who, Object v, Object destructor, String site) {
        if (!shareCounting(who, v, destructor, site)) {
            SharedHeader h = header(v);
            if (h != null) h.tryRetain();
        }
        return v;
    }

    /** As {@link #share(String, Object, Object, String)}; true when this call gave {@code v} its header (and count 1). */
    private static boolean shareCounting(String who, Object v, Object destructor, String site) {
        if (!canShare(v)) throw Errors.wrongType(who, "a heap value (not a number, character, boolean or symbol)", v);
        if (header(v) != null) return false;
        SharedHeader h = new SharedHeader(v, destructor, site != null ? site : Sites.here(), SharedRegistry.QUEUE);
        SharedHeader in = v instanceof Value val ? (SharedHeader) val.installSharedHeader(h) : SideHeaders.install(v, h);
        if (in != h) return false;
        SharedRegistry.added(h);
        if (h.side) PendingWeakRefs.shared(v, h);
        Reach.forEachShared(v, Reclaim::storeRetain);
        return true;
    }

    /** {@code shared_retain}: one more holder. Raises when {@code v} is not shared or already released. */
    public static void retain(Object v) {
        SharedHeader h = required("retain!", v);
        if (!h.tryRetain()) throw SharedErrors.released("retain!", h);
    }

    /**
     * {@code shared_release}: one holder fewer; at zero the value is released here, now. Raises when
     * {@code v} is not shared or already released.
     */
    public static void release(Object v) {
        SharedHeader h = required("release!", v);
        Reclaim.released("release!", h, v, h.release(v));
    }

    /**
     * A Java holder keeps {@code v}: one more count, given back when the hold is closed. Shared values
     * handed to Java are borrowed (valid while the script holds them); Java code that keeps one
     * beyond the call that received it takes a hold.
     *
     * @throws IllegalStateException when {@code v} is not shared or already released (Java misuse,
     *     not a script error; a script calling this through interop gets it as an error at its call)
     */
    public static SharedHold hold(Object v) {
        SharedHeader h = javaRequired("Shared.hold", v);
        if (!h.tryRetainShared()) throw SharedErrors.releasedForJava("Shared.hold", h);
        return new SharedHold(v, h);
    }

    /**
     * Wraps a count the Java caller already owns (a script did {@code (retain! v)} for it before
     * handing {@code v} over): closing the hold gives that count back.
     *
     * @throws IllegalStateException when {@code v} is not shared or already released
     */
    public static SharedHold adopt(Object v) {
        SharedHeader h = javaRequired("Shared.adopt", v);
        if (!BiasedCounts.adopt(h, v)) throw SharedErrors.releasedForJava("Shared.adopt", h);
        return new SharedHold(v, h);
    }

    /**
     * {@code weak_ref_create}: a reference that does not count, to any heap value, shared or not yet
     * (the spec's cycle example makes the weak edge before it shares the table). Raises for values
     * without identity (numbers, characters, booleans, symbols).
     */
    public static WeakRef weakRef(Object v) {
        if (!canShare(v)) throw Errors.wrongType("weak-ref", "a heap value (not a number, character, boolean or symbol)", v);
        SharedHeader h = header(v);
        return h != null ? new WeakRef(h) : new WeakRef(v);
    }

    /**
     * {@code weak_ref_upgrade}: for a shared value, the value counted for the caller, or null once it
     * has been released; for a value not shared (yet), the value itself, uncounted, while it is
     * reachable (an arena value: while its region is live), else null.
     */
    public static Object upgrade(WeakRef w) {
        SharedHeader h = w.header();
        if (h == null) return w.unsharedValue();
        Object v = h.get();
        if (v == null || !h.tryRetain()) return null;
        return v;
    }

    /**
     * {@code shared_ref_count}: the strong count (0 once released). Exact on the thread that shared
     * {@code v} and once its counts are merged; on another thread, while the value is biased to its
     * owner ({@link BiasedCounts}), a snapshot. Raises when {@code v} was never shared.
     */
    public static int refCount(Object v) { return required("ref-count", v).count(); }

    /** The number of weak references to {@code v} that are still reachable. */
    public static int weakCount(Object v) { return required("weak-count", v).weakCount(); }

    /** True while {@code v} is shared and not yet released. */
    public static boolean isShared(Object v) {
        SharedHeader h = header(v);
        return h != null && h.alive();
    }

    /** Where {@code v} was shared ({@code app.esk:12}), or null when it was never shared. */
    public static String site(Object v) {
        SharedHeader h = header(v);
        return h == null ? null : h.site;
    }

    // ---- the store hooks and the compiler's entry points ----

    /** True while any shared value is alive: when false every hook below is a single volatile read. */
    public static boolean active() { return SharedRegistry.LIVE.get() != 0; }

    /**
     * The store hook: a slot of {@code container} that held {@code old} now holds {@code v} (null for
     * "nothing"). Called
     * after the write by {@code set!} of a global, {@code set-car!}, {@code set-cdr!},
     * {@code vector-set!}, {@code vector-fill!}, {@code vector-copy!}, {@code list-set!}, hash-table
     * changes and record setters ({@code define} does not count: the global takes the counts its value
     * carries, {@link #defined}). Counts {@code v} first, then gives back {@code old}.
     */
    public static void stored(Object container, Object old, Object v) {
        if (SharedRegistry.LIVE.get() != 0) storedSlow(container, old, v);
    }

    /** A store of two new values at once into {@code container} (a new hash-table entry's key and value). */
    public static void stored2(Object container, Object a, Object b) {
        if (SharedRegistry.LIVE.get() != 0) {
            storedSlow(container, null, a);
            storedSlow(container, null, b);
        }
    }

    private static void storedSlow(Object container, Object old, Object v) {
        if (v != old) {
            Reach.forEachHeld(v, container, Reclaim::storeRetain);
            Reach.forEachHeld(old, container, Reclaim::storeRelease);
        }
    }

    /**
     * Compiler entry point for a closure capturing {@code v}: the closure holds it beyond the scope
     * that made it (a store into the closure). Cheap when nothing is shared or {@code v} is not.
     */
    public static void captured(Object closure, Object v) {
        if (SharedRegistry.LIVE.get() != 0) Reach.forEachHeld(v, closure, Reclaim::storeRetain);
    }

    /**
     * Compiler entry point for a binding that copies a shared value into a scope that will release it
     * ({@code (let ((local-ref cache)) ...)}): one more count if {@code v} is a live shared value,
     * nothing otherwise. Escape analysis omits it (and the matching {@link #releaseLocal}) for copies
     * that provably stay inside the scope.
     */
    public static void retainLocal(Object v) {
        if (SharedRegistry.LIVE.get() != 0) retainLocalSlow(v);
    }

    private static void retainLocalSlow(Object v) {
        SharedHeader h = header(v);
        if (h != null) h.tryRetain();
    }

    /**
     * Compiler entry point at scope exit (normal or not: the compiler emits it in a {@code finally}) for
     * each binding that holds a count: the creating scope of {@code (shared ...)}, {@code strong-ref},
     * {@link #retainLocal}. Gives the count back; at zero the value is released on this thread.
     * Values that are not shared, or already released, are ignored.
     */
    public static void releaseLocal(Object v) {
        if (SharedRegistry.LIVE.get() != 0) releaseLocalSlow(v);
    }

    private static void releaseLocalSlow(Object v) {
        SharedHeader h = header(v);
        if (h != null && h.alive()) Reclaim.released("release", h, v, h.release(v));
    }

    /**
     * Compiler entry point at the normal exit of a scope that holds {@code v}'s count, whose value is
     * {@code result}: gives the count back, unless {@code result} still reaches {@code v} (a list or
     * a closure made in the scope and returned), in which case the count stays with it: kept longer
     * rather than destroyed while reachable.
     */
    public static void releaseLocal(Object v, Object result) {
        if (SharedRegistry.LIVE.get() != 0) releaseLocalSlow(v, result);
    }

    /** As {@link #releaseLocal(Object, Object)} when the scope is left by {@code exit} (an error, an escape). */
    public static void releaseLocalOnExit(Object v, Throwable exit) {
        if (SharedRegistry.LIVE.get() != 0) releaseLocalSlow(v, payloadOf(exit));
    }

    /** What a non-local exit carries (a raised object, a continuation's argument), or null. */
    private static Object payloadOf(Throwable exit) {
        Object payload = org.eshkol.runtime.control.Transfers.payload(exit);
        return payload == org.eshkol.runtime.control.Transfers.NOTHING ? null : payload;
    }

    private static void releaseLocalSlow(Object v, Object result) {
        SharedHeader h = header(v);
        if (h == null || !h.alive()) return;
        if (result == v || reaches(result, v)) HoldFrames.transfer(v);
        else Reclaim.released("release", h, v, h.release(v));
    }

    // ---- frames: counts handed on through results ----

    /**
     * Compiler and engine entry point: enters a frame ({@link HoldFrames}) and returns its mark. A
     * scope whose result still reaches a value it holds hands the count to the innermost frame; the
     * frame releases it at its exit unless its own result still reaches the value.
     */
    public static int frameEnter() { return HoldFrames.enter(); }

    /**
     * Leaves the frame entered at {@code mark}, whose value is {@code result}: releases the counts
     * handed to it that {@code result} does not reach; the others go on to the enclosing frame.
     */
    public static void frameExit(int mark, Object result) {
        if (SharedRegistry.LIVE.get() != 0) HoldFrames.exit(mark, result);
    }

    /** As {@link #frameExit} when the frame is left by {@code exit} (an error, an escape): its payload is kept. */
    public static void frameExitOnThrow(int mark, Throwable exit) {
        if (SharedRegistry.LIVE.get() != 0) HoldFrames.exit(mark, payloadOf(exit));
    }

    /**
     * Shares {@code v} for a caller that does not take the count ({@code (shared v)} as a temporary,
     * or called through a procedure value): the count it creates is handed to the innermost frame,
     * which releases it when it ends unless its result still reaches {@code v}. Sharing a value that
     * is already shared creates no count, so nothing is handed on then.
     */
    static Object shareHandedOn(String who, Object v, Object destructor, String site) {
        if (shareCounting(who, v, destructor, site)) HoldFrames.transfer(v);
        return v;
    }

    /**
     * Compiler entry point for a count nobody takes (Tier 4): {@code v} came with a count (from
     * {@code strong-ref}, or from a procedure that returns a counted value) and the code receiving it
     * neither holds nor returns it, so the count goes to the innermost frame. Nothing when {@code v}
     * is not a live shared value ({@code strong-ref}'s {@code #f}). Returns {@code v}.
     */
    public static Object handOn(Object v) {
        if (SharedRegistry.LIVE.get() != 0) {
            SharedHeader h = header(v);
            if (h != null && h.alive()) HoldFrames.transfer(v);
        }
        return v;
    }

    /**
     * Compiler entry point for a global {@code define}: the global takes the counts handed on with
     * {@code v} (a global holds what it was defined with, uncounted by the store hooks).
     */
    public static void defined(Object v) {
        if (SharedRegistry.LIVE.get() != 0) HoldFrames.claim(v);
    }


    /**
     * A frame for Java code that calls script procedures directly ({@link org.eshkol.runtime.Procedure#call1}
     * and the like) rather than through the engine: counts a procedure hands back are released when
     * the frame closes. The engine's {@code eval}, {@code invokeFunction} and interface calls open
     * one themselves.
     */
    public static Frame frame() { return new Frame(frameEnter()); }

    /** A frame opened from Java; closing it releases the counts handed to it. */
    public static final class Frame implements AutoCloseable {
        private final int mark;

        private Frame(int mark) { this.mark = mark; }

        @Override
        public void close() { frameExit(mark, null); }
    }

    /** True when {@code from} holds {@code v} (through unshared structure and closures). */
    private static boolean reaches(Object from, Object v) {
        if (from == null || Children.isLeaf(from)) return false;
        boolean[] found = {false};
        Reach.forEachHeld(from, null, (h, x, c) -> { if (x == v) found[0] = true; });
        return found[0];
    }

    /** Where leak reports (safety net, cycles) go; null restores standard error. */
    public static void setReportListener(Consumer<String> listener) { SharedRegistry.setListener(listener); }

    // ---- headers ----

    /** The header of {@code v} (on the value, or in the side table for vectors and Java objects), or null. */
    static SharedHeader header(Object v) {
        if (v instanceof Value val) return (SharedHeader) val.sharedHeader();
        if (v == null || !canShare(v)) return null;
        return SideHeaders.get(v);
    }

    /** As {@link #required} for the Java API, whose misuse is an {@link IllegalStateException}. */
    private static SharedHeader javaRequired(String who, Object v) {
        SharedHeader h = header(v);
        if (h == null) throw SharedErrors.notSharedForJava(who, v);
        return h;
    }

    private static SharedHeader required(String who, Object v) {
        SharedHeader h = header(v);
        if (h == null) throw Errors.wrongType(who, "a shared value", v);
        return h;
    }

    /** Values with identity: not numbers, characters, booleans, symbols or the empty list. */
    static boolean canShare(Object v) {
        return v instanceof Value || v instanceof Object[]
                || !(v == null || v instanceof Number || v instanceof Boolean || v instanceof org.eshkol.runtime.Char
                        || v instanceof org.eshkol.runtime.Symbol || v instanceof org.eshkol.runtime.Nil
                        || v instanceof String || v instanceof org.eshkol.runtime.Unspecified
                        || v instanceof org.eshkol.runtime.Eof);
    }
}
