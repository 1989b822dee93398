package org.eshkol.analysis.expand;

import java.util.ArrayList;
import java.util.List;
import org.eshkol.analysis.read.Datum;
import org.eshkol.analysis.source.Span;

/**
 * Syntax as the expander sees it: a datum whose symbols are {@link Ident}ifiers that may carry the
 * renaming a macro expansion gave them. Lists are kept flat (a tail is never itself a list).
 */
public sealed interface Stx permits Ident, Stx.SList, Stx.SVec, Stx.SAtom {
    Span span();

    /** A list: proper when {@code tail} is null; {@code items} empty and tail null is {@code ()}. */
    record SList(Span span, List<Stx> items, Stx tail) implements Stx {
        public SList { items = List.copyOf(items); }

        public boolean isEmpty() { return items.isEmpty() && tail == null; }

        public boolean isProper() { return tail == null; }

        public int size() { return items.size(); }

        public Stx get(int i) { return items.get(i); }

        /** Builds a list, flattening a list tail so the representation stays canonical. */
        public static Stx of(Span span, List<Stx> items, Stx tail) {
            if (tail instanceof SList t) {
                if (t.isEmpty()) tail = null;
                else {
                    List<Stx> all = new ArrayList<>(items);
                    all.addAll(t.items);
                    items = all;
                    tail = t.tail;
                }
            }
            if (items.isEmpty()) return tail != null ? tail : new SList(span, List.of(), null);
            return new SList(span, items, tail);
        }

        /** The list of items from index {@code from} on, with this list's tail. */
        public Stx drop(int from, Span span) { return of(span, items.subList(from, items.size()), tail); }
    }

    record SVec(Span span, List<Stx> items) implements Stx {
        public SVec { items = List.copyOf(items); }
    }

    /** Any other datum: numbers, strings, characters, booleans, bytevectors, datum labels. */
    record SAtom(Datum datum) implements Stx {
        public Span span() { return datum.span(); }
    }
}
