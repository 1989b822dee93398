package org.eshkol.analysis.diag;

import java.util.List;
import org.eshkol.analysis.source.Span;

/**
 * One problem found in a script. Created only through {@link Diagnostics}, so every message has the
 * same shape: {@code file:line:col: phase: message}, then the source line and a caret, then optional
 * secondary labels (each a position, a text, its source line and a caret: where a value was created
 * or moved), an optional hint, and optional notes (lines printed as they are, such as a list of fixes).
 */
public record Diagnostic(Phase phase, Span span, String message, String hint, List<Label> labels, List<String> notes) {

    /** A secondary location: {@code file:line:col: text}, shown with its source line. */
    public record Label(Span span, String text) {}

    public Diagnostic {
        labels = List.copyOf(labels);
        notes = List.copyOf(notes);
    }

    public Diagnostic(Phase phase, Span span, String message, String hint) {
        this(phase, span, message, hint, List.of(), List.of());
    }

    /** The first line alone: {@code file:line:col: phase: message}. */
    public String headline() {
        return span.position() + ": " + phase.label() + ": " + message;
    }

    /** The full report: headline, source line, caret, labels, hint and notes, lines separated by {@code \n}. */
    public String render() {
        StringBuilder out = new StringBuilder(headline());
        excerpt(out, span);
        for (Label l : labels) {
            out.append('\n').append("  ").append(l.span().position()).append(": ").append(l.text());
            excerpt(out, l.span());
        }
        if (hint != null) out.append('\n').append("  hint: ").append(hint);
        for (String n : notes) out.append('\n').append("  ").append(n);
        return out.toString();
    }

    private static void excerpt(StringBuilder out, Span span) {
        int line = span.line();
        String text = span.file().lineText(line);
        if (!text.isEmpty()) {
            out.append('\n').append("  ").append(text).append('\n').append("  ");
            int col = span.column();
            for (int i = 1; i < col; i++) out.append(i - 1 < text.length() && text.charAt(i - 1) == '\t' ? '\t' : ' ');
            out.append('^');
        }
    }

    @Override
    public String toString() { return headline(); }
}
