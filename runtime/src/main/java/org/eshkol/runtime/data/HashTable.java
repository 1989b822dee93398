package org.eshkol.runtime.data;

import org.eshkol.runtime.region.Escapes;
import org.eshkol.runtime.shared.Shared;

/**
 * A Scheme hash table: keys compared with {@code equal?} (or {@code eqv?}), iteration in insertion
 * order so output is deterministic.
 *
 * <p>Layout (the "compact dict"): entries live in parallel arrays in insertion order; removed entries
 * leave a tombstone until the next resize compacts them. An open-addressing {@code int} index, at
 * least twice the entry capacity, maps hash slots to entry numbers. Lookups never call Scheme code,
 * so a table cannot change under its own lookup; iteration goes through snapshots, so a Scheme
 * procedure may change the table while walking it.
 */
public final class HashTable extends org.eshkol.runtime.Value {
    /** How keys are compared. */
    public enum Equivalence { EQUAL, EQV }

    private static final Object REMOVED = new Object();
    private static final int MIN_CAPACITY = 8;

    private final Equivalence equivalence;
    private Object[] keys;
    private Object[] values;
    private int[] hashes;
    /** Entries used so far, removed ones included. */
    private int used;
    private int size;
    /** Slot contents: 0 empty, -1 removed entry, else entry number + 1. */
    private int[] index;
    /** Fibonacci hashing: a slot is the top bits of the mixed hash, {@code h >>> shift}. */
    private int shift;

    public HashTable() { this(Equivalence.EQUAL, MIN_CAPACITY); }

    /** @param capacity expected number of entries; rounded up to a power of two, at most 2^24 */
    public HashTable(Equivalence equivalence, int capacity) {
        this.equivalence = equivalence;
        int c = Math.min(Math.max(capacity, MIN_CAPACITY), 1 << 24);
        allocate(Integer.highestOneBit(c - 1) << 1);
    }

    private void allocate(int capacity) {
        keys = new Object[capacity];
        values = new Object[capacity];
        hashes = new int[capacity];
        index = new int[capacity * 2];
        shift = Integer.numberOfLeadingZeros(index.length - 1);
        used = 0;
        size = 0;
    }

    public Equivalence equivalence() { return equivalence; }

    public int size() { return size; }

    /** The value stored under {@code key}, or null when there is none. */
    public Object get(Object key) {
        int slot = find(key, hash(key));
        return slot < 0 ? null : values[index[slot] - 1];
    }

    public boolean containsKey(Object key) { return find(key, hash(key)) >= 0; }

    public void put(Object key, Object value) {
        Escapes.stored(key);
        Escapes.stored(value);
        putProven(key, value);
    }

    /**
     * {@link #put} without the region store check, for a store escape analysis proved cannot carry an
     * arena value of an open region (shared values are still counted).
     */
    public void putProven(Object key, Object value) {
        int h = hash(key);
        int slot = find(key, h);
        if (slot >= 0) {
            int e = index[slot] - 1;
            Object old = values[e];
            values[e] = value;
            Shared.stored(this, old, value);
            return;
        }
        if (used == keys.length) resize();
        keys[used] = key;
        values[used] = value;
        hashes[used] = h;
        link(h, used);
        used++;
        size++;
        Shared.stored2(this, key, value);
    }

    /** Removes {@code key}; true when it was present. */
    public boolean remove(Object key) {
        int slot = find(key, hash(key));
        if (slot < 0) return false;
        int e = index[slot] - 1;
        Object oldKey = keys[e];
        Object oldValue = values[e];
        index[slot] = -1;
        keys[e] = REMOVED;
        values[e] = null;
        size--;
        if (Shared.active()) {
            Shared.stored(this, oldKey, null);
            Shared.stored(this, oldValue, null);
        }
        return true;
    }

    public void clear() {
        Object[] oldKeys = Shared.active() ? keySnapshot() : null;
        Object[] oldValues = oldKeys != null ? valueSnapshot() : null;
        allocate(MIN_CAPACITY);
        if (oldKeys == null) return;
        for (Object k : oldKeys) Shared.stored(this, k, null);
        for (Object v : oldValues) Shared.stored(this, v, null);
    }

    /** A new table with the same entries, in the same order. */
    public HashTable copy() {
        HashTable t = new HashTable(equivalence, Math.max(MIN_CAPACITY, size));
        for (int e = 0; e < used; e++) {
            if (keys[e] != REMOVED) t.put(keys[e], values[e]);
        }
        return t;
    }

    /** The keys in insertion order: a fresh array, so callers may change the table while using it. */
    public Object[] keySnapshot() { return live(keys); }

    /** The values in the same order as {@link #keySnapshot()}. */
    public Object[] valueSnapshot() { return live(values); }

    private Object[] live(Object[] column) {
        Object[] out = new Object[size];
        int n = 0;
        for (int e = 0; e < used; e++) {
            if (keys[e] != REMOVED) out[n++] = column[e];
        }
        return out;
    }

    private int hash(Object key) {
        int h = equivalence == Equivalence.EQUAL ? Equality.equalHash(key) : Equality.eqvHash(key);
        return h * 0x9E3779B9;
    }

    private boolean same(Object a, Object b) {
        return equivalence == Equivalence.EQUAL ? Equality.equal(a, b) : Equality.eqv(a, b);
    }

    /** The index slot holding {@code key}, or -1. Terminates: the index always has empty slots. */
    private int find(Object key, int h) {
        int mask = index.length - 1;
        for (int i = h >>> shift; ; i = (i + 1) & mask) {
            int e = index[i] - 1;
            if (e == -1) return -1;
            if (e >= 0 && hashes[e] == h && same(keys[e], key)) return i;
        }
    }

    /** Puts entry {@code e} in the first free slot of its probe sequence (the key is known absent). */
    private void link(int h, int e) {
        int mask = index.length - 1;
        int i = h >>> shift;
        while (index[i] > 0) i = (i + 1) & mask;
        index[i] = e + 1;
    }

    /** Compacts out removed entries, doubling the capacity when the table is more than half full. */
    private void resize() {
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        int[] oldHashes = hashes;
        int oldUsed = used;
        int capacity = size * 2 > keys.length ? keys.length * 2 : keys.length;
        allocate(capacity);
        for (int e = 0; e < oldUsed; e++) {
            if (oldKeys[e] == REMOVED) continue;
            keys[used] = oldKeys[e];
            values[used] = oldValues[e];
            hashes[used] = oldHashes[e];
            link(oldHashes[e], used);
            used++;
        }
        size = used;
    }

    @Override
    public String toString() { return "#<hash-table " + size + ">"; }

    /** For tests: the entry capacity. */
    int capacity() { return keys.length; }
}
