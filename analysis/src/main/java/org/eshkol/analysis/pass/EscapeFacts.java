package org.eshkol.analysis.pass;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.LocalVar;
import org.eshkol.analysis.source.Span;

/**
 * What {@link AnalyzeEscapes} found, in side tables keyed by node identity: the escape category of
 * every binding and allocation site, where each arena-allocating call should allocate, which
 * {@code with-region} exits and which stores still need the run-time promotion walk, and the
 * report lines of {@code eshkol analyze}.
 *
 * <p>{@link #conservative()} gives the answers used with {@code --no-escape-analysis}: every
 * allocation in the current region, every exit and store promoted.
 */
public final class EscapeFacts {
    /** How far a value travels beyond its scope (innermost enclosing procedure or with-region body). */
    public enum Escape {
        /** Used only within its scope. */
        NONE,
        /** Returned from its procedure or with-region body (possibly inside a returned structure). */
        RETURN,
        /** Captured by a closure that outlives the scope. */
        CLOSURE,
        /** Stored in a global, in a location that outlives the scope, or handed to code the analysis cannot see. */
        GLOBAL;

        /** {@code none}, {@code return}, {@code closure}, {@code global}. */
        public String label() { return name().toLowerCase(Locale.ROOT); }

        @Override
        public String toString() { return label(); }

        Escape max(Escape other) { return other.ordinal() > ordinal() ? other : this; }
    }

    /** Where a value lives. */
    public enum Alloc {
        /** A local that holds no allocation of the program (only for bindings). */
        STACK,
        /** The current region (the heap outside any region): the default. */
        REGION,
        /** The parent of the innermost enclosing with-region's region: the value is only returned from it. */
        CALLER_REGION,
        /** Outside any region (on the heap, or as a shared value). */
        SHARED;

        /** {@code stack}, {@code region}, {@code caller-region}, {@code shared}. */
        public String label() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

        @Override
        public String toString() { return label(); }
    }

    /** A promotion the analysis could not rule out: at a with-region exit or a store. */
    public record Promotion(Span span, String reason) {}

    /** One line of the report: a binding or an allocation site. */
    public record Line(Span span, String name, Escape escape, Alloc alloc, boolean binding) {}

    private final boolean conservative;
    final Map<Core.Call, Alloc> allocs = new IdentityHashMap<>();
    final Map<Core, Escape> siteEscapes = new IdentityHashMap<>();
    final Map<LocalVar, Escape> varEscapes = new IdentityHashMap<>();
    /** with-region calls whose exit needs no promotion walk. */
    final Set<Core.Call> exitsWithoutPromotion = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Store nodes whose stored value can hold no region-allocated value. */
    final Set<Core> storesWithoutPromotion = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Calls of a record setter whose stored value can hold no region-allocated value. */
    final Set<Core.Call> provenSetterCalls = Collections.newSetFromMap(new IdentityHashMap<>());
    final List<Promotion> promotions = new ArrayList<>();
    final List<Line> lines = new ArrayList<>();

    EscapeFacts(boolean conservative) { this.conservative = conservative; }

    /** The answers without escape analysis: region everywhere, every promotion kept. */
    public static EscapeFacts conservative() { return new EscapeFacts(true); }

    public boolean isConservative() { return conservative; }

    /**
     * Where the value of an allocating call should be allocated: {@link Alloc#REGION} (the current
     * region; also the answer for any call that is not an analysed allocation site),
     * {@link Alloc#CALLER_REGION} (it is only returned from the innermost with-region body that
     * directly encloses it: allocate it in that region's parent) or {@link Alloc#SHARED} (it is
     * captured or stored beyond its scope: allocate it outside any region).
     */
    public Alloc allocationOf(Core.Call site) {
        if (conservative) return Alloc.REGION;
        return allocs.getOrDefault(site, Alloc.REGION);
    }

    /**
     * False only when the analysis proved that the result of this {@code %with-region} call cannot
     * hold an arena value allocated inside the region, so the exit may skip the promotion walk.
     */
    public boolean promoteAtExit(Core.Call withRegionCall) {
        return conservative || !exitsWithoutPromotion.contains(withRegionCall);
    }

    /**
     * False only when the value stored by this node (a {@code GlobalSet}, a {@code GlobalDefine}, or
     * a call of a container store such as {@code set-car!}, {@code vector-set!},
     * {@code hash-table-set!} or a record setter) provably holds no region-allocated value, so the
     * store may skip the promotion walk.
     */
    public boolean promoteAtStore(Core store) {
        return conservative || !storesWithoutPromotion.contains(store);
    }

    /**
     * True only when the operator of this call (a variable reference with two arguments) can only be
     * a record setter made by {@code define-record-type} (a binding the analysis knows: defined once
     * and never assigned anything else) and the value it stores provably holds no region-allocated
     * value, so the code generator may call the setter's store without the promotion walk. A setter
     * is a procedure, not a builtin: without this, {@link #promoteAtStore} alone would not let the
     * code generator know what the call does.
     */
    public boolean isProvenRecordStore(Core.Call call) {
        return !conservative && provenSetterCalls.contains(call);
    }

    /** The category of an allocation site (a call or a lambda), or null when the node is no analysed site. */
    public Escape escapeOf(Core site) { return siteEscapes.get(site); }

    /** The category of a local binding, or null when the analysis did not see it. */
    public Escape escapeOf(LocalVar var) { return varEscapes.get(var); }

    /** The promotions the analysis could not rule out, in source order (empty when conservative: all are kept). */
    public List<Promotion> promotions() { return List.copyOf(promotions); }

    /** The report lines, in source order (empty when conservative). */
    public List<Line> lines() { return List.copyOf(lines); }
}
