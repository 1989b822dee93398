package org.eshkol.runtime.region;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.Symbol;
import org.eshkol.runtime.control.Transfers;

/**
 * Regions from scripts: {@code with-region} (the expander lowers it to {@code %with-region}) and
 * the non-lexical handles {@code region-open}, {@code region-close} and {@code region-open?}.
 *
 * <p>Leaving a region, normally or not, closes it and every region still open inside it. On a
 * normal exit the result is promoted to the enclosing region (the heap at top level); on a
 * non-local exit ({@code raise}, an error, an escaping continuation) what the exit carries is promoted
 * first, so the handler receives it intact; Java exceptions and interrupts close it too.
 */
public final class RegionLib {
    private RegionLib() {}

    /** {@code (%with-region name size thunk)}: name is a symbol or #f, size an integer or #f. */
    @Builtin("%with-region")
    public static Object withRegion(Object name, Object size, Object thunk) { return run(name, size, thunk, true); }

    /**
     * {@code %with-region} where escape analysis proved the result cannot hold an arena value made
     * inside the region: the same, without the promotion walk at exit.
     */
    @Builtin("%with-region-unpromoted")
    public static Object withRegionUnpromoted(Object name, Object size, Object thunk) { return run(name, size, thunk, false); }

    /**
     * {@code (%region-size expr)}: a computed size hint of {@code with-region}, checked when the
     * region opens (a literal one is checked by the expander). Returns it.
     */
    @Builtin("%region-size")
    public static Object regionSize(Object size) {
        if (size instanceof Long n && n >= 0) return size;
        throw Errors.wrongType("with-region", "a non-negative exact integer region size", size);
    }

    private static Object run(Object name, Object size, Object thunk, boolean promote) {
        Region r = Region.open(name instanceof Symbol s ? s.name() : null, size instanceof Long n ? n : 0);
        Object result;
        try {
            result = ((Procedure) thunk).call0();
        } catch (Throwable t) {
            leave(r, t);
            throw t;
        }
        if (!promote) {
            if (r.isOpen()) r.close();
            return result;
        }
        return exit(r, result);
    }

    /** Promotes {@code result} out of {@code r} and everything inside it, then closes them. */
    private static Object exit(Region r, Object result) {
        if (r.isOpen()) {
            Promotion.promote(result, r, survivor(r));
            r.close();
        }
        return result;
    }

    /** A non-local exit crossing {@code r}: keep its payload, then close; never mask {@code t}. */
    private static void leave(Region r, Throwable t) {
        if (!r.isOpen()) return;
        try {
            Object payload = Transfers.payload(t);
            if (payload != Transfers.NOTHING) Promotion.promote(payload, r, survivor(r));
        } catch (Throwable p) {
            t.addSuppressed(p);
        }
        try {
            r.close();
        } catch (Throwable c) {
            t.addSuppressed(c);
        }
    }

    /** The nearest open region enclosing {@code r}, or the heap. */
    static Region survivor(Region r) {
        Region p = r.parent();
        while (p != null && !p.isOpen()) p = p.parent();
        return p == null ? Region.HEAP : p;
    }

    @Builtin("region-open")
    public static Object regionOpen() { return open(null, 0); }

    /** {@code (region-open 'name)} or {@code (region-open size)}. */
    @Builtin("region-open")
    public static Object regionOpen(Object nameOrSize) {
        if (nameOrSize instanceof Symbol s) return open(s.name(), 0);
        return open(null, size(nameOrSize));
    }

    @Builtin("region-open")
    public static Object regionOpen(Object name, Object size) {
        if (!(name instanceof Symbol s)) throw Errors.wrongType("region-open", "a symbol", name);
        return open(s.name(), size(size));
    }

    private static long size(Object x) {
        if (x instanceof Long n && n >= 0) return n;
        throw Errors.wrongType("region-open", "a non-negative exact integer size", x);
    }

    private static RegionHandle open(String name, long size) {
        return new RegionHandle(Region.open(name, size));
    }

    /**
     * {@code (region-close h keep ...)}: closes the region (and every region open inside it,
     * innermost first) after promoting the keeps to the enclosing region. Returns {@code '()}, the one
     * keep, or the list of keeps.
     */
    @Builtin("region-close")
    public static Object regionClose(Object h, Object[] keeps) {
        if (!(h instanceof RegionHandle handle) || !handle.usableHere()) throw RegionErrors.invalidHandle("region-close");
        if (!handle.live()) {
            handle.closed = true;
            throw RegionErrors.deadHandle("region-close");
        }
        Region r = handle.region;
        Region target = survivor(r);
        for (Object k : keeps) Promotion.promote(k, r, target);
        handle.closed = true;
        r.close();
        if (keeps.length == 0) return Nil.NIL;
        if (keeps.length == 1) return keeps[0];
        Object list = Nil.NIL;
        for (int i = keeps.length - 1; i >= 0; i--) list = new Pair(keeps[i], list);
        return list;
    }

    /** {@code (region-open? h)}: #t for a handle of this thread whose region is still open; never raises. */
    @Builtin("region-open?")
    public static boolean isRegionOpen(Object h) {
        return h instanceof RegionHandle handle && handle.usableHere() && handle.live();
    }

    /** {@code (current-region-name)}: the current region's name as a symbol, #f when anonymous, '() outside any region. */
    @Builtin("current-region-name")
    public static Object currentRegionName() {
        Region r = Region.current();
        if (r == null) return Nil.NIL;
        return r.name() == null ? Boolean.FALSE : Symbol.intern(r.name());
    }
}
