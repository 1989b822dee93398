package org.eshkol.runtime.shared;

import org.eshkol.runtime.MString;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.Resource;
import org.eshkol.runtime.data.HashTable;
import org.eshkol.runtime.data.Record;
import org.eshkol.runtime.region.ArenaValue;

/** How reports name a shared value's kind: {@code hash table}, {@code record node}, {@code file "x.txt"}. */
final class Kinds {
    private Kinds() {}

    static String of(Object v) {
        return switch (v) {
            case Pair p -> "pair";
            case Object[] a -> "vector";
            case MString s -> "string";
            case HashTable h -> "hash table";
            case Record r -> "record " + r.type.bareName();
            case Procedure f -> f.name() == null ? "procedure" : "procedure " + f.name();
            case ArenaValue a -> a.kind();
            case Resource r -> r.describe();
            case WeakRef w -> "weak reference";
            default -> "Java object " + v.getClass().getName();
        };
    }
}
