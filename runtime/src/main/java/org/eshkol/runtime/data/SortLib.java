package org.eshkol.runtime.data;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;

/**
 * Stable merge sorting of lists and vectors: {@code sort list-sort vector-sort} return a new sequence,
 * {@code sort! vector-sort!} sort in place. Both argument orders are accepted:
 * {@code (sort seq less?)} and {@code (sort less? seq)} (SRFI-132's). {@code less?} is called as a
 * strict order; equal elements keep their order.
 */
public final class SortLib {
    private SortLib() {}

    @Builtin({"sort", "list-sort", "vector-sort"})
    public static Object sort(Object a, Object b) {
        Procedure less = less("sort", a, b);
        Object seq = less == a ? b : a;
        if (seq instanceof Object[] v) {
            Object[] copy = v.clone();
            mergeSort(copy, less);
            return copy;
        }
        Object[] items = Lists.toArray("sort", seq);
        mergeSort(items, less);
        return Lists.fromArray(items);
    }

    /** In place: a vector is sorted in its slots, a list by rewriting its cars. Returns the sequence. */
    @Builtin({"sort!", "list-sort!", "vector-sort!"})
    public static Object sortInPlace(Object a, Object b) {
        Procedure less = less("sort!", a, b);
        Object seq = less == a ? b : a;
        if (seq instanceof Object[] v) {
            mergeSort(v, less);
            return v;
        }
        Object[] items = Lists.toArray("sort!", seq);
        mergeSort(items, less);
        Object l = seq;
        for (Object item : items) {
            Pair p = (Pair) l;
            p.car = item;
            l = p.cdr;
        }
        return seq;
    }

    private static Procedure less(String who, Object a, Object b) {
        if (b instanceof Procedure p) return p;
        if (a instanceof Procedure p) return p;
        throw Errors.wrongType(who, "a procedure", b);
    }

    /** Stable, top-down merge sort of {@code a} by {@code less}. */
    public static void mergeSort(Object[] a, Procedure less) {
        if (a.length < 2) return;
        Object[] tmp = a.clone();
        sortRange(tmp, a, 0, a.length, less);
    }

    /** Sorts {@code src[lo..hi)} into {@code dst[lo..hi)}; both hold the same elements on entry. */
    private static void sortRange(Object[] src, Object[] dst, int lo, int hi, Procedure less) {
        int n = hi - lo;
        if (n < 8) {
            insertionSort(dst, lo, hi, less);
            return;
        }
        int mid = (lo + hi) >>> 1;
        sortRange(dst, src, lo, mid, less);
        sortRange(dst, src, mid, hi, less);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && !isLess(less, src[j], src[i]))) dst[k] = src[i++];
            else dst[k] = src[j++];
        }
    }

    private static void insertionSort(Object[] a, int lo, int hi, Procedure less) {
        for (int i = lo + 1; i < hi; i++) {
            Object x = a[i];
            int j = i - 1;
            while (j >= lo && isLess(less, x, a[j])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static boolean isLess(Procedure less, Object x, Object y) { return less.call2(x, y) != Boolean.FALSE; }
}
