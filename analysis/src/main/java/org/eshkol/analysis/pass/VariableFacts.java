package org.eshkol.analysis.pass;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.LocalVar;

/**
 * What {@link AnalyzeVariables} found about the lexical variables of one program: which are assigned
 * with {@code set!}, which are captured by a procedure other than the one that binds them, and the
 * free variables of every procedure in order of first use.
 */
public final class VariableFacts {
    final Set<LocalVar> mutated = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<LocalVar> captured = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    final Map<Core.Lambda, List<LocalVar>> free = new IdentityHashMap<>();

    public boolean isMutated(LocalVar v) { return mutated.contains(v); }

    public boolean isCaptured(LocalVar v) { return captured.contains(v); }

    /** A variable that must live in a heap box: assigned and captured. */
    public boolean isBoxed(LocalVar v) { return mutated.contains(v) && captured.contains(v); }

    /** The free variables of a procedure, in order of first reference. */
    public List<LocalVar> freeVariables(Core.Lambda lambda) {
        List<LocalVar> f = free.get(lambda);
        return f == null ? List.of() : f;
    }
}
