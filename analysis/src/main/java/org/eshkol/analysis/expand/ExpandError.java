package org.eshkol.analysis.expand;

import org.eshkol.analysis.diag.Diagnostic;
import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.source.Span;

/**
 * Thrown inside the expander to abandon the form being expanded; the expander catches it at the
 * nearest form boundary, reports it and continues with the next form.
 */
final class ExpandError extends RuntimeException {
    private final transient Span span;

    ExpandError(Span span, String message) {
        super(message, null, false, false);
        this.span = span;
    }

    static ExpandError bad(SpecialForm form, Stx at) { return new ExpandError(at.span(), form.badSyntax()); }

    Span span() { return span; }

    Diagnostic diagnostic() { return Diagnostics.expand(span, getMessage()); }
}
