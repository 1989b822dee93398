package org.eshkol.runtime;

/** Marks a global cell that has no value yet. Never a Scheme value. */
final class Unbound {
    static final Unbound MARK = new Unbound();

    private Unbound() {}
}
