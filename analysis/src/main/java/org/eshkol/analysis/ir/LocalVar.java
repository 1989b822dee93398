package org.eshkol.analysis.ir;

import java.util.concurrent.atomic.AtomicInteger;
import org.eshkol.analysis.source.Span;

/**
 * A lexical variable after the expander resolved names: one object per binding, compared by
 * identity. Passes key their facts on it (in {@code IdentityHashMap}s); it carries no mutable facts.
 */
public final class LocalVar {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String name;
    private final Span span;
    private final int id;

    public LocalVar(String name, Span span) {
        this.name = name;
        this.span = span;
        this.id = COUNTER.incrementAndGet();
    }

    /** The name the script wrote (for diagnostics and backtraces). */
    public String name() { return name; }

    /** Where the binding was written. */
    public Span span() { return span; }

    /** A number unique in this JVM, used only to print distinct names ({@code x.12}). */
    public int id() { return id; }

    @Override
    public String toString() { return name + "." + id; }
}
