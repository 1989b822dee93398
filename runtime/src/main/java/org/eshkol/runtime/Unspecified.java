package org.eshkol.runtime;

/** The value of expressions whose value R7RS leaves unspecified; the REPL prints nothing for it. */
public final class Unspecified {
    public static final Unspecified VALUE = new Unspecified();

    private Unspecified() {}

    @Override
    public String toString() { return ""; }
}
