package org.eshkol.runtime;

/** A mutable pair. Lists are chains of pairs ending in {@link Nil#NIL}. */
public final class Pair extends Value {
    public Object car;
    public Object cdr;

    public Pair(Object car, Object cdr) {
        this.car = car;
        this.cdr = cdr;
    }
}
