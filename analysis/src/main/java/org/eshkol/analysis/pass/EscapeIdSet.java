package org.eshkol.analysis.pass;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntConsumer;

/**
 * A growable set of small non-negative ints (object ids of {@link EscapeGraph}) as a bit array, with
 * the one operation the solver repeats most done in a single pass over the words:
 * {@link #addNew}, which adds what a source holds (minus what it has not passed on yet) and records
 * what was new. ({@link BitSet} would need a scratch copy, an and-not and an or for the same.)
 */
final class EscapeIdSet {
    private long[] words = new long[1];
    /** Words in use: every word at or past it is zero, and some bit is set when it is not zero. */
    private int used;

    boolean get(int i) {
        int w = i >>> 6;
        return w < used && (words[w] & (1L << i)) != 0;
    }

    /** Adds {@code i}; true when it was not there. */
    boolean set(int i) {
        int w = i >>> 6;
        grow(w + 1);
        long bit = 1L << i;
        if ((words[w] & bit) != 0) return false;
        words[w] |= bit;
        return true;
    }

    boolean isEmpty() { return used == 0; }

    int nextSetBit(int from) {
        if (from < 0) from = 0;
        int w = from >>> 6;
        if (w >= used) return -1;
        long word = words[w] & (-1L << from);
        while (true) {
            if (word != 0) return (w << 6) + Long.numberOfTrailingZeros(word);
            if (++w >= used) return -1;
            word = words[w];
        }
    }

    int cardinality() {
        int n = 0;
        for (int w = 0; w < used; w++) n += Long.bitCount(words[w]);
        return n;
    }

    void forEach(IntConsumer action) {
        for (int w = 0; w < used; w++) {
            long word = words[w];
            while (word != 0) {
                action.accept((w << 6) + Long.numberOfTrailingZeros(word));
                word &= word - 1;
            }
        }
    }

    /** Adds everything {@code other} holds. */
    void or(EscapeIdSet other) {
        grow(other.used);
        for (int w = 0; w < other.used; w++) words[w] |= other.words[w];
    }

    /** This set as a {@link BitSet}. */
    BitSet toBitSet() { return BitSet.valueOf(Arrays.copyOf(words, used)); }

    /**
     * Adds to {@code target} what {@code source} holds and {@code except} (when not null) does not,
     * and adds what was new to {@code fresh} too; true when anything was new.
     */
    static boolean addNew(EscapeIdSet target, EscapeIdSet fresh, EscapeIdSet source, EscapeIdSet except) {
        int n = source.used;
        long[] src = source.words;
        long[] ex = except == null ? null : except.words;
        int exUsed = except == null ? 0 : except.used;
        boolean changed = false;
        for (int w = 0; w < n; w++) {
            long s = src[w];
            if (w < exUsed) s &= ~ex[w];
            if (w < target.used) s &= ~target.words[w];
            if (s == 0) continue;
            if (!changed) {
                target.grow(n);
                fresh.grow(n);
                changed = true;
            }
            target.words[w] |= s;
            fresh.words[w] |= s;
        }
        return changed;
    }

    private void grow(int n) {
        if (n <= used) return;
        if (n > words.length) words = Arrays.copyOf(words, Math.max(n, words.length * 2));
        used = n;
    }
}
