package org.eshkol.runtime;

/** The end-of-file object. */
public final class Eof {
    public static final Eof EOF = new Eof();

    private Eof() {}

    @Override
    public String toString() { return "#<eof>"; }
}
