package org.eshkol.analysis.pass;

import org.eshkol.analysis.ir.Core;

/**
 * A scope of {@link AnalyzeEscapes}: a procedure body, a with-region body, or the top level. A
 * value's scope is the innermost one enclosing the expression that makes or binds it; loops found
 * by {@link FindLoops} are no scope of their own (they run in place, in their enclosing scope).
 */
final class EscapeScope {
    /** The procedure (or with-region thunk) whose body this is; null at top level. */
    final Core.Lambda lambda;
    /** The lexically enclosing scope; null at top level. */
    final EscapeScope parent;
    /** The {@code %with-region} call when this is a with-region body, else null. */
    final Core.Call region;
    /** What the scope returns (for the top level: the values of its expression forms). */
    final EscapeGraph.Node ret = new EscapeGraph.Node();
    /** The name of the innermost enclosing named procedure, for reports. */
    final String name;

    EscapeScope(Core.Lambda lambda, EscapeScope parent, Core.Call region, String name) {
        this.lambda = lambda;
        this.parent = parent;
        this.region = region;
        this.name = name;
    }

    /** True when {@code inner} is this scope or nested in it. */
    boolean encloses(EscapeScope inner) {
        for (EscapeScope s = inner; s != null; s = s.parent) if (s == this) return true;
        return false;
    }
}
