package org.eshkol.analysis.source;

/**
 * A range of a source file: a start offset and an end offset (exclusive), in chars. Line and column
 * are computed from the file only when reported.
 */
public record Span(SourceFile file, int start, int end) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    /** A span for code that has no source text (the engine's own definitions). */
    public static final Span NONE = new Span(new SourceFile("<builtin>", ""), 0, 0);

    public int line() { return file.line(start); }

    public int column() { return file.column(start); }

    /** The smallest span covering this one and {@code other} (same file assumed). */
    public Span to(Span other) {
        return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
    }

    /** {@code file:line:col}. */
    public String position() { return file.name() + ":" + line() + ":" + column(); }

    @Override
    public String toString() { return position(); }
}
