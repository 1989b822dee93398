package org.eshkol.bench.plain;

/** A list cell (mutable {@code cdr}, as in Scheme) for the plain Java programs; {@code null} is the empty list. */
public final class Cons {
    public final Object car;
    public Cons cdr;

    public Cons(Object car, Cons cdr) {
        this.car = car;
        this.cdr = cdr;
    }

    public static Cons list(Object a, Object b) {
        return new Cons(a, new Cons(b, null));
    }

    public static Cons list(Object a, Object b, Object c) {
        return new Cons(a, new Cons(b, new Cons(c, null)));
    }

    public static Cons list(Object a, Object b, Object c, Object d) {
        return new Cons(a, new Cons(b, new Cons(c, new Cons(d, null))));
    }

    /** A list of the given elements. */
    public static Cons list(Object... items) {
        Cons l = null;
        for (int i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
        return l;
    }
}
