package org.eshkol.runtime.data;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Calls;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.StoreHooks;

/**
 * The stores the compiler uses where escape analysis proved the stored value cannot hold an arena
 * value of an open region: {@code vector-set!}, {@code set-car!}, {@code set-cdr!},
 * {@code hash-table-set!} and record setters without the region promotion walk (shared values are
 * still counted). Scripts never name these.
 */
public final class ProvenStores {
    private ProvenStores() {}

    @Builtin("%vector-set!/proven")
    public static void vectorSet(Object v, Object k, Object x) {
        Object[] a = Args.vector("vector-set!", v);
        int i = Args.index("vector-set!", k, a.length);
        StoreHooks.storingProven(a, a[i], x);
        a[i] = x;
    }

    /** Returns {@code value}, as {@code hash-set!} does. */
    @Builtin("%hash-table-set!/proven")
    public static Object hashTableSet(Object table, Object key, Object value) {
        Args.hashTable("hash-set!", table).putProven(key, value);
        return value;
    }

    @Builtin("%set-car!/proven")
    public static void setCar(Object x, Object v) {
        Pair p = Args.pair("set-car!", x);
        StoreHooks.storingProven(p, p.car, v);
        p.car = v;
    }

    @Builtin("%set-cdr!/proven")
    public static void setCdr(Object x, Object v) {
        Pair p = Args.pair("set-cdr!", x);
        StoreHooks.storingProven(p, p.cdr, v);
        p.cdr = v;
    }

    /**
     * {@code (setter record value)} where escape analysis proved {@code setter} is a record setter
     * and {@code value} holds no arena value of an open region. Should {@code setter} be something
     * else after all (a global redefined by code compiled later), it is called as usual, with its
     * own checks.
     */
    @Builtin("%record-set!/proven")
    public static Object recordSet(Object setter, Object record, Object value) {
        if (setter instanceof RecordProcedures.Modifier m) return m.setProven(record, value);
        return Calls.asProcedure(setter).call2(record, value);
    }
}
