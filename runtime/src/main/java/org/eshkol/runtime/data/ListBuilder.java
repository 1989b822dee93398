package org.eshkol.runtime.data;

import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;

/** Builds a list front to back in one pass by keeping its last pair. */
public final class ListBuilder {
    private Object head = Nil.NIL;
    private Pair last;

    public ListBuilder add(Object x) {
        Pair p = new Pair(x, Nil.NIL);
        if (last == null) head = p;
        else last.cdr = p;
        last = p;
        return this;
    }

    /** The list built so far; the builder must not be used afterwards. */
    public Object build() { return head; }

    /** The list built so far ending in {@code tail} instead of the empty list. */
    public Object build(Object tail) {
        if (last == null) return tail;
        last.cdr = tail;
        return head;
    }
}
