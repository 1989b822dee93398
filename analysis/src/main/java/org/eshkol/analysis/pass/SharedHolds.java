package org.eshkol.analysis.pass;

import java.util.IdentityHashMap;
import java.util.Set;
import org.eshkol.analysis.ir.LocalVar;

/**
 * What {@link FindSharedHolds} found: the local bindings that hold a count of a shared value (Tier 4)
 * for their scope, which the compiled code gives back when the scope exits, normally or not.
 */
public final class SharedHolds {
    final Set<LocalVar> holders = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /** True when leaving {@code v}'s scope must release the count it holds. */
    public boolean releasesAtExit(LocalVar v) { return holders.contains(v); }

    final Set<org.eshkol.analysis.ir.Core> frames = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * True when the compiled code runs {@code node} as a frame: counts handed on to it through
     * results are released when it ends, unless its value still reaches them.
     */
    public boolean isFrame(org.eshkol.analysis.ir.Core node) { return !frames.isEmpty() && frames.contains(node); }

    final Set<org.eshkol.analysis.ir.Core> temporaries = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * True when {@code call} hands out a count ({@code shared}, {@code strong-ref}, a procedure that
     * returns a counted value) that no binding, {@code define} or return takes: the compiled code
     * hands it to the innermost frame.
     */
    public boolean isTemporary(org.eshkol.analysis.ir.Core.Call call) { return !temporaries.isEmpty() && temporaries.contains(call); }

    final Set<org.eshkol.analysis.ir.Core> claims = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * True when the compiled {@code set!} of a local variable claims the counts handed on with its
     * value, as a global {@code define} does: the variable keeps them (a frame must not release a
     * value the variable still holds).
     */
    public boolean claimsAtSet(org.eshkol.analysis.ir.Core.LocalSet set) { return !claims.isEmpty() && claims.contains(set); }

    /** True when the program has frames (the code generator checks nodes only then). */
    public boolean hasFrames() { return !frames.isEmpty(); }

    /** True when no binding of the program holds a count (the code generator has nothing to add). */
    public boolean isEmpty() { return holders.isEmpty(); }
}
