package org.eshkol.bench.plain;

import java.util.List;

/** Fills a {@code long[]} of 100,000 from the same generator as the Scheme version and quicksorts it. */
public final class Quicksort {
    private Quicksort() {}

    static long[] randomArray(int n, long seed) {
        long[] v = new long[n];
        long s = seed;
        for (int i = 0; i < n; i++) {
            s = Math.floorMod(s * 1103515245L + 12345L, 2147483648L);
            v[i] = Math.floorMod(s, 1000000L);
        }
        return v;
    }

    static void swap(long[] v, int i, int j) {
        long t = v[i];
        v[i] = v[j];
        v[j] = t;
    }

    static int partition(long[] v, int lo, int hi) {
        swap(v, (lo + hi) / 2, hi);
        long pivot = v[hi];
        int i = lo;
        for (int j = lo; j < hi; j++) {
            if (v[j] < pivot) {
                swap(v, i, j);
                i++;
            }
        }
        swap(v, i, hi);
        return i;
    }

    static void quicksort(long[] v, int lo, int hi) {
        if (lo < hi) {
            int p = partition(v, lo, hi);
            quicksort(v, lo, p - 1);
            quicksort(v, p + 1, hi);
        }
    }

    static boolean sorted(long[] v) {
        for (int i = 1; i < v.length; i++) if (v[i - 1] > v[i]) return false;
        return true;
    }

    public static Object run() {
        long[] v = randomArray(100000, 42);
        quicksort(v, 0, v.length - 1);
        return List.of(sorted(v), v[0], v[50000], v[99999]);
    }
}
