package org.eshkol.analysis.diag;

import java.util.List;

/**
 * Thrown between phases when a phase found problems: carries every diagnostic that phase reported,
 * in source order. Its message is the rendered diagnostics.
 */
public final class CompileError extends RuntimeException {
    private final transient List<Diagnostic> diagnostics;

    public CompileError(List<Diagnostic> diagnostics) {
        super(render(diagnostics), null, false, false);
        if (diagnostics.isEmpty()) throw new IllegalArgumentException("no diagnostics");
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() { return diagnostics; }

    private static String render(List<Diagnostic> ds) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : ds) {
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(d.render());
        }
        return sb.toString();
    }
}
