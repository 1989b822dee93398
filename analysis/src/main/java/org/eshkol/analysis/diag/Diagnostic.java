package org.eshkol.analysis.diag;

import org.eshkol.analysis.source.Span;

/**
 * One problem found in a script. Created only through {@link Diagnostics}, so every message has the
 * same shape: {@code file:line:col: phase: message}, then the source line and a caret, then an
 * optional hint.
 */
public record Diagnostic(Phase phase, Span span, String message, String hint) {

    /** The first line alone: {@code file:line:col: phase: message}. */
    public String headline() {
        return span.position() + ": " + phase.label() + ": " + message;
    }

    /** The full report: headline, source line, caret and hint, lines separated by {@code \n}. */
    public String render() {
        StringBuilder out = new StringBuilder(headline());
        int line = span.line();
        String text = span.file().lineText(line);
        if (!text.isEmpty()) {
            out.append('\n').append("  ").append(text).append('\n').append("  ");
            int col = span.column();
            for (int i = 1; i < col; i++) out.append(i - 1 < text.length() && text.charAt(i - 1) == '\t' ? '\t' : ' ');
            out.append('^');
        }
        if (hint != null) out.append('\n').append("  hint: ").append(hint);
        return out.toString();
    }

    @Override
    public String toString() { return headline(); }
}
