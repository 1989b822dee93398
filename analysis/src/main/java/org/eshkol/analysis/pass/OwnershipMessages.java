package org.eshkol.analysis.pass;

import java.util.List;
import org.eshkol.analysis.diag.Diagnostic;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.pass.OwnershipFlow.Entry;
import org.eshkol.analysis.pass.OwnershipFlow.State;

/** The small helpers behind {@link CheckOwnership}'s diagnostics: names, labels and the spec's list of fixes. */
final class OwnershipMessages {
    private OwnershipMessages() {}

    /** The spec's fixes for an owned value not consumed before scope exit. */
    static List<String> consumeFixes(String x) {
        String pad = " ".repeat(Math.max(1, ("(consume " + x + ")").length() + 4));
        return List.of(
                "Owned values must be explicitly consumed with:",
                "  - " + padded("(close " + x + ")", pad) + "; For file/socket resources",
                "  - " + padded("(move " + x + ")", pad) + "; Transfer ownership",
                "  - " + padded("(consume " + x + ")", pad) + "; Explicit consumption");
    }

    static String padded(String s, String width) { return s + " ".repeat(Math.max(1, width.length() - s.length())); }

    /** The name a call's operator refers to (a global or a local procedure), or null. */
    static String knownName(Core fn) {
        return switch (fn) {
            case Core.GlobalRef g -> g.name();
            case Core.LocalRef r -> r.var().name();
            default -> null;
        };
    }

    static Object variableKey(Core c) {
        if (c instanceof Core.LocalRef r) return r.var();
        if (c instanceof Core.GlobalRef g) return g.name();
        return null;
    }

    static String nameOf(Core c) {
        return c instanceof Core.LocalRef r ? r.var().name() : ((Core.GlobalRef) c).name();
    }

    static List<Diagnostic.Label> gone(Entry e) {
        if (e.moved == null) return List.of();
        return List.of(new Diagnostic.Label(e.moved, e.state == State.CONSUMED ? "value consumed here" : "value moved here"));
    }

    static String describeCallee(Core fn) {
        return switch (fn) {
            case Core.GlobalRef g -> "'" + g.name() + "'";
            case Core.LocalRef r -> "the procedure '" + r.var().name() + "'";
            default -> "a computed procedure";
        };
    }
}
