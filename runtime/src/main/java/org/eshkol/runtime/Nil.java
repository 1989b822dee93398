package org.eshkol.runtime;

/** The empty list, a singleton. */
public final class Nil {
    public static final Nil NIL = new Nil();

    private Nil() {}

    @Override
    public String toString() { return "()"; }
}
