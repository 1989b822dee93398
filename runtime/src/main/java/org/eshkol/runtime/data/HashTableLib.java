package org.eshkol.runtime.data;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;

/**
 * Hash-table builtins over {@link HashTable}, under Eshkol's names ({@code hash-ref hash-set! ...})
 * and SRFI-69's ({@code hash-table-ref hash-table-set! ...}). A default argument that is a procedure
 * is called with no arguments (SRFI-69's thunk); any other default is returned as is. Walking
 * procedures see a snapshot, so the walked procedure may change the table.
 */
public final class HashTableLib {
    private HashTableLib() {}

    @Builtin({"make-hash-table", "make-equal-hash-table"})
    public static Object make() { return new HashTable(); }

    /**
     * {@code (make-hash-table x)}: {@code eq?} or {@code eqv?} (recognised by procedure name) make an
     * eqv-keyed table; an exact integer is a capacity hint; anything else (e.g. {@code equal?}) gives
     * an equal-keyed table.
     */
    @Builtin({"make-hash-table", "make-equal-hash-table"})
    public static Object make(Object arg) {
        if (arg instanceof Procedure p && ("eq?".equals(p.name()) || "eqv?".equals(p.name()))) {
            return new HashTable(HashTable.Equivalence.EQV, 8);
        }
        if (arg instanceof Long l && l > 0) return new HashTable(HashTable.Equivalence.EQUAL, (int) Math.min(l, 1 << 24));
        return new HashTable();
    }

    @Builtin({"make-eqv-hash-table", "make-eq-hash-table"})
    public static Object makeEqv() { return new HashTable(HashTable.Equivalence.EQV, 8); }

    @Builtin({"hash-table?"})
    public static boolean isHashTable(Object x) { return x instanceof HashTable; }

    /** The value under {@code key}, or #f. */
    @Builtin({"hash-ref", "hash-table-ref"})
    public static Object ref(Object table, Object key) {
        Object v = Args.hashTable("hash-ref", table).get(key);
        return v == null ? Boolean.FALSE : v;
    }

    @Builtin({"hash-ref", "hash-table-ref"})
    public static Object ref(Object table, Object key, Object dflt) {
        Object v = Args.hashTable("hash-ref", table).get(key);
        return v != null ? v : dflt instanceof Procedure thunk ? thunk.call0() : dflt;
    }

    /** The value under {@code key}, or {@code dflt} itself (never called). */
    @Builtin({"hash-table-ref/default"})
    public static Object refDefault(Object table, Object key, Object dflt) {
        Object v = Args.hashTable("hash-table-ref/default", table).get(key);
        return v == null ? dflt : v;
    }

    /**
     * Returns {@code value} (SRFI-69 leaves the result unspecified; the spec's graph example relies on
     * it: {@code (or (hash-ref nodes from) (hash-set! nodes from (make-node from)))}).
     */
    @Builtin({"hash-set!", "hash-table-set!"})
    public static Object set(Object table, Object key, Object value) {
        Args.hashTable("hash-set!", table).put(key, value);
        return value;
    }

    @Builtin({"hash-has-key?", "hash-table-has-key?", "hash-table-contains?", "hash-table-exists?"})
    public static boolean hasKey(Object table, Object key) {
        return Args.hashTable("hash-has-key?", table).containsKey(key);
    }

    @Builtin({"hash-remove!", "hash-delete!", "hash-table-delete!", "hash-table-remove!"})
    public static void remove(Object table, Object key) { Args.hashTable("hash-remove!", table).remove(key); }

    @Builtin({"hash-keys", "hash-table-keys"})
    public static Object keys(Object table) { return Lists.fromArray(Args.hashTable("hash-keys", table).keySnapshot()); }

    @Builtin({"hash-values", "hash-table-values"})
    public static Object values(Object table) {
        return Lists.fromArray(Args.hashTable("hash-values", table).valueSnapshot());
    }

    @Builtin({"hash-count", "hash-table-count", "hash-table-size"})
    public static Object count(Object table) { return (long) Args.hashTable("hash-count", table).size(); }

    @Builtin({"hash-clear!", "hash-table-clear!"})
    public static void clear(Object table) { Args.hashTable("hash-clear!", table).clear(); }

    @Builtin({"hash-copy", "hash-table-copy"})
    public static Object copy(Object table) { return Args.hashTable("hash-copy", table).copy(); }

    /** SRFI-69's optional "mutable?" flag is accepted and ignored: copies are always mutable. */
    @Builtin({"hash-copy", "hash-table-copy"})
    public static Object copy(Object table, Object mutable) { return copy(table); }

    /** The entries as {@code ((key . value) ...)} in insertion order. */
    @Builtin({"hash->alist", "hash-table->alist"})
    public static Object toAlist(Object table) {
        HashTable t = Args.hashTable("hash->alist", table);
        Object[] ks = t.keySnapshot();
        Object[] vs = t.valueSnapshot();
        ListBuilder b = new ListBuilder();
        for (int i = 0; i < ks.length; i++) b.add(new Pair(ks[i], vs[i]));
        return b.build();
    }

    /** Replaces the value under {@code key} by {@code (f value)}; a missing key is an error. */
    @Builtin({"hash-update!", "hash-table-update!"})
    public static void update(Object table, Object key, Object f) {
        HashTable t = Args.hashTable("hash-update!", table);
        Procedure p = Args.procedure("hash-update!", f);
        Object v = t.get(key);
        if (v == null) throw Errors.error("hash-update!: no value for key", key);
        t.put(key, p.call1(v));
    }

    /** As the 3-argument form; a missing key starts from the default (a thunk is called). */
    @Builtin({"hash-update!", "hash-table-update!"})
    public static void update(Object table, Object key, Object f, Object dflt) {
        HashTable t = Args.hashTable("hash-update!", table);
        Procedure p = Args.procedure("hash-update!", f);
        Object v = t.get(key);
        if (v == null) v = dflt instanceof Procedure thunk ? thunk.call0() : dflt;
        t.put(key, p.call1(v));
    }

    @Builtin({"hash-table-update!/default"})
    public static void updateDefault(Object table, Object key, Object f, Object dflt) {
        HashTable t = Args.hashTable("hash-table-update!/default", table);
        Procedure p = Args.procedure("hash-table-update!/default", f);
        Object v = t.get(key);
        t.put(key, p.call1(v == null ? dflt : v));
    }

    /** Calls {@code (proc key value)} for each entry; accepts {@code (hash-for-each proc table)} too. */
    @Builtin({"hash-for-each", "hash-table-walk"})
    public static void forEach(Object a, Object b) {
        boolean procFirst = a instanceof Procedure && b instanceof HashTable;
        HashTable t = Args.hashTable("hash-for-each", procFirst ? b : a);
        Procedure p = Args.procedure("hash-for-each", procFirst ? a : b);
        Object[] ks = t.keySnapshot();
        Object[] vs = t.valueSnapshot();
        for (int i = 0; i < ks.length; i++) p.call2(ks[i], vs[i]);
    }
}
