package org.eshkol.analysis.pass;

/**
 * The edges of an {@link EscapeGraph} as a set of (from, to) pairs of node numbers: open addressing
 * over one {@code long[]}, so that checking whether an edge exists costs no allocation.
 */
final class EscapeEdgeSet {
    private static final long EMPTY = -1L;
    private long[] slots = newSlots(1024);
    private int size;

    private static long[] newSlots(int n) {
        long[] s = new long[n];
        java.util.Arrays.fill(s, EMPTY);
        return s;
    }

    /** Adds the edge {@code from -> to} (both non-negative); true when it was not there. */
    boolean add(int from, int to) {
        if (2 * (size + 1) > slots.length) rehash();
        long key = ((long) from << 32) | to;
        if (!insert(slots, key)) return false;
        size++;
        return true;
    }

    int size() { return size; }

    private static boolean insert(long[] slots, long key) {
        int mask = slots.length - 1;
        int i = mix(key) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == key) return false;
            i = (i + 1) & mask;
        }
        slots[i] = key;
        return true;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void rehash() {
        long[] bigger = newSlots(slots.length * 2);
        for (long k : slots) if (k != EMPTY) insert(bigger, k);
        slots = bigger;
    }
}
