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

    /** True when no binding of the program holds a count (the code generator has nothing to add). */
    public boolean isEmpty() { return holders.isEmpty(); }
}
