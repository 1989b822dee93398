package org.eshkol.analysis.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eshkol.analysis.source.Span;

/**
 * The one factory for diagnostics, and a collector for a phase that keeps going after an error.
 * Phases add to a collector and call {@link #throwIfAny()} at their end.
 */
public final class Diagnostics {
    private final List<Diagnostic> found = new ArrayList<>();

    public static Diagnostic read(Span span, String message) { return new Diagnostic(Phase.READ, span, message, null); }

    public static Diagnostic read(Span span, String message, String hint) { return new Diagnostic(Phase.READ, span, message, hint); }

    public static Diagnostic expand(Span span, String message) { return new Diagnostic(Phase.EXPAND, span, message, null); }

    public static Diagnostic expand(Span span, String message, String hint) { return new Diagnostic(Phase.EXPAND, span, message, hint); }

    public static Diagnostic analyze(Span span, String message, String hint) { return new Diagnostic(Phase.ANALYZE, span, message, hint); }

    /** An ownership violation, with secondary labels (where the value was created or moved) and notes (fixes). */
    public static Diagnostic ownership(Span span, String message, List<Diagnostic.Label> labels, List<String> notes) {
        return new Diagnostic(Phase.OWNERSHIP, span, message, null, labels, notes);
    }

    /** An explanation of what the ownership analysis assumed (not an error). */
    public static Diagnostic ownershipNote(Span span, String message) {
        return new Diagnostic(Phase.OWNERSHIP_NOTE, span, message, null);
    }

    public static Diagnostic compile(Span span, String message) { return new Diagnostic(Phase.COMPILE, span, message, null); }

    public void add(Diagnostic d) { found.add(d); }

    public boolean hasErrors() { return !found.isEmpty(); }

    public List<Diagnostic> all() {
        List<Diagnostic> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Diagnostic d) -> d.span().start()));
        return sorted;
    }

    /** Ends a phase: throws a {@link CompileError} carrying everything found, if anything was. */
    public void throwIfAny() {
        if (!found.isEmpty()) throw new CompileError(all());
    }
}
