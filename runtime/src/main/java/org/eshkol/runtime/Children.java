package org.eshkol.runtime;

import java.util.function.Consumer;
import org.eshkol.runtime.control.Promise;
import org.eshkol.runtime.data.HashTable;
import org.eshkol.runtime.data.Record;
import org.eshkol.runtime.io.TextOutputPort;
import org.eshkol.runtime.region.ArenaValue;

/**
 * The one definition of "what a value holds": the direct children of pairs, vectors, records, hash
 * tables (keys and values), boxes, multiple values, error objects (their irritants), closures (their
 * captured variables), promises (their value once forced, else their thunk) and string output ports
 * (their arena text). Region promotion walks it to find
 * arena values; the shared-value collector walks it to find the shared values a value holds. Every
 * other value (numbers, strings, symbols, characters, arena values, ports...) holds nothing either
 * walk cares about.
 */
public final class Children {
    private Children() {}

    /** True for values that hold no children: numbers, strings, symbols, characters, arena values... */
    public static boolean isLeaf(Object v) {
        return !(v instanceof Pair || v instanceof Object[] || v instanceof Procedure || v instanceof Record
                || v instanceof HashTable || v instanceof Box || v instanceof MultipleValues
                || v instanceof ErrorObject || v instanceof TextOutputPort || v instanceof Promise);
    }

    /**
     * Gives each direct child of {@code v} to {@code sink}, in slot order (a child held in two slots
     * is given twice). A pair gives its car then its cdr; walkers keep their own work list, so long
     * lists never recurse.
     */
    public static void forEach(Object v, Consumer<Object> sink) {
        switch (v) {
            case Pair p -> {
                sink.accept(p.car);
                sink.accept(p.cdr);
            }
            case Object[] vec -> { for (Object e : vec) sink.accept(e); }
            case Record r -> { for (Object e : r.fields) sink.accept(e); }
            case HashTable h -> {
                for (Object e : h.keySnapshot()) sink.accept(e);
                for (Object e : h.valueSnapshot()) sink.accept(e);
            }
            case Box b -> sink.accept(b.value);
            case MultipleValues m -> { for (Object e : m.values) sink.accept(e); }
            case ErrorObject e -> sink.accept(e.irritants());
            case Procedure f -> { for (Object e : f.capturedValues()) sink.accept(e); }
            case Promise p -> sink.accept(p.content());
            case TextOutputPort t -> {
                ArenaValue storage = t.arenaStorage();
                if (storage != null) sink.accept(storage);
            }
            default -> {}
        }
    }
}
