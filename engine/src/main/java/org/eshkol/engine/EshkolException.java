package org.eshkol.engine;

import java.util.List;
import org.eshkol.analysis.diag.Diagnostic;

/**
 * A script failed: at compile time (its diagnostics) or at run time (an uncaught Scheme error, with
 * the Eshkol backtrace). {@link #render()} is the text the CLI prints.
 */
public final class EshkolException extends RuntimeException {
    private final transient List<Diagnostic> diagnostics;
    private final transient Object payload;
    private final String rendered;

    private EshkolException(String headline, String rendered, List<Diagnostic> diagnostics, Object payload, Throwable cause) {
        super(headline, cause);
        this.rendered = rendered;
        this.diagnostics = diagnostics;
        this.payload = payload;
    }

    static EshkolException compile(List<Diagnostic> ds) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : ds) {
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(d.render());
        }
        return new EshkolException(ds.get(0).headline(), sb.toString(), List.copyOf(ds), null, null);
    }

    static EshkolException runtime(String headline, String backtrace, Object payload, Throwable cause) {
        return new EshkolException(headline, backtrace.isEmpty() ? headline : headline + "\n" + backtrace, List.of(), payload, cause);
    }

    /** True when the script was rejected before it ran. */
    public boolean isCompileError() { return !diagnostics.isEmpty(); }

    public List<Diagnostic> diagnostics() { return diagnostics; }

    /** The raised Scheme object for run-time errors, or null. */
    public Object payload() { return payload; }

    /** Headline, source excerpts and backtrace, as printed by the CLI. */
    public String render() { return rendered; }
}
