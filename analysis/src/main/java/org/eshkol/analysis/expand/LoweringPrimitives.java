package org.eshkol.analysis.expand;

import java.util.Set;

/**
 * The builtin names the expander's lowerings refer to with {@code PrimRef}: the runtime must
 * provide each one. The {@code %}-prefixed ones are internal helpers of the derived forms.
 */
public final class LoweringPrimitives {
    private LoweringPrimitives() {}

    public static final Set<String> NAMES = Set.of(
            "call-with-values", "cons", "list", "append", "list->vector", "eqv?", "memv", "raise-continuable",
            "%parameterize", "%guard", "%delay", "%delay-force", "%assertion-failed", "%with-resource", "%with-region", "%region-size", "%consume",
            "%make-record-type", "%record-constructor", "%record-predicate", "%record-accessor", "%record-modifier");

    /** Checks that a lowering only refers to a listed builtin. */
    static String checked(String name) {
        if (!NAMES.contains(name)) throw new IllegalStateException("unlisted lowering primitive " + name);
        return name;
    }
}
