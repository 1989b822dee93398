package org.eshkol.bench.plain;

/**
 * Counts the solutions of 8 queens fifty times with the same list algorithm as the Scheme version
 * (r7rs-benchmarks' queens): lists of boxed rows in {@link Cons} cells, {@code append} copying.
 */
public final class NQueens {
    private NQueens() {}

    static Cons iota1(int n) {
        Cons l = null;
        for (int i = n; i != 0; i--) l = new Cons((long) i, l);
        return l;
    }

    static Cons append(Cons a, Cons b) {
        if (a == null) return b;
        return new Cons(a.car, append(a.cdr, b));
    }

    static boolean ok(long row, long dist, Cons placed) {
        for (; placed != null; placed = placed.cdr, dist++) {
            long q = (Long) placed.car;
            if (q == row + dist || q == row - dist) return false;
        }
        return true;
    }

    static long tryIt(Cons x, Cons y, Cons z) {
        if (x == null) return y == null ? 1 : 0;
        long row = (Long) x.car;
        long here = ok(row, 1, z) ? tryIt(append(x.cdr, y), null, new Cons(x.car, z)) : 0;
        return here + tryIt(x.cdr, new Cons(x.car, y), z);
    }

    static long queens(int boardSize) {
        return tryIt(iota1(boardSize), null, null);
    }

    public static Object run() {
        long acc = 0;
        for (int i = 0; i < 50; i++) acc += queens(8);
        return acc;
    }
}
