package org.eshkol.analysis.expand;

import org.eshkol.analysis.source.Span;

/**
 * An identifier. One written in the source ({@code parent == null}) is keyed by its name; one a
 * macro template introduced is an alias, keyed by its own identity, of the template identifier
 * {@code parent}, which is resolved in the macro's definition environment {@code env} when the
 * alias itself is not bound. Compared by identity.
 */
public final class Ident implements Stx {
    private final String name;
    private final Span span;
    private final Ident parent;
    private final SyntaxEnv env;

    private Ident(String name, Span span, Ident parent, SyntaxEnv env) {
        this.name = name;
        this.span = span;
        this.parent = parent;
        this.env = env;
    }

    /** An identifier as written in the source. */
    public static Ident source(String name, Span span) { return new Ident(name, span, null, null); }

    /** A fresh alias of a template identifier, introduced by one macro expansion. */
    public static Ident alias(Ident parent, SyntaxEnv defEnv, Span span) {
        return new Ident(parent.name, span, parent, defEnv);
    }

    /** The symbol's name (for an alias, the name its template wrote). */
    public String name() { return name; }

    @Override
    public Span span() { return span; }

    /** The template identifier this is an alias of, or null when written in the source. */
    public Ident parent() { return parent; }

    /** The macro definition environment an alias falls back to. */
    public SyntaxEnv env() { return env; }

    public boolean isAlias() { return parent != null; }

    /** The key this identifier is bound under in an environment frame. */
    public Object key() { return parent == null ? name : this; }

    @Override
    public String toString() { return parent == null ? name : name + "#" + Integer.toHexString(System.identityHashCode(this)); }
}
