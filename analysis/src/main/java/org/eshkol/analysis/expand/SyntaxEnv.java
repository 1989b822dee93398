package org.eshkol.analysis.expand;

import java.util.HashMap;
import java.util.Map;

/**
 * A syntactic environment: a chain of frames mapping identifier keys ({@link Ident#key()}) to
 * {@link Binding}s. The root frame is the top level, which is mutable and persists across REPL
 * inputs; inner frames are created for each binding construct.
 */
public final class SyntaxEnv {
    private final SyntaxEnv parent;
    private final Map<Object, Binding> frame = new HashMap<>();

    private SyntaxEnv(SyntaxEnv parent) { this.parent = parent; }

    /** A fresh top-level environment holding every built-in special form. */
    public static SyntaxEnv topLevel() {
        SyntaxEnv env = new SyntaxEnv(null);
        for (SpecialForm f : SpecialForm.values()) env.frame.put(f.keyword(), new Binding.Special(f));
        return env;
    }

    public SyntaxEnv child() { return new SyntaxEnv(this); }

    public boolean isTopLevel() { return parent == null; }

    public void bind(Ident id, Binding b) { frame.put(id.key(), b); }

    /** Binds a name at the top level (top-level definitions strip aliases to their names). */
    public void bindName(String name, Binding b) { frame.put(name, b); }

    /** True when this very frame binds the identifier. */
    public boolean bindsHere(Ident id) { return frame.containsKey(id.key()); }

    private Binding lookup(Object key) {
        for (SyntaxEnv e = this; e != null; e = e.parent) {
            Binding b = e.frame.get(key);
            if (b != null) return b;
        }
        return null;
    }

    /**
     * What an identifier means here: its own binding if a frame binds it, else (for an alias) what
     * its template identifier means where the macro was defined, else the global of that name.
     */
    public Binding resolve(Ident id) {
        SyntaxEnv env = this;
        while (true) {
            Binding b = env.lookup(id.key());
            if (b != null) return b;
            if (!id.isAlias()) return new Binding.Global(id.name());
            env = id.env();
            id = id.parent();
        }
    }
}
