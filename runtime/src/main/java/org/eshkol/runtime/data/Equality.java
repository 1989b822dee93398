package org.eshkol.runtime.data;

import java.util.Arrays;
import java.util.IdentityHashMap;
import org.eshkol.runtime.region.ArenaValue;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Pair;

/**
 * The equivalence predicates as Java helpers: {@link #eqv}, {@link #equal} and {@link #equalHash}.
 *
 * <p>{@code equal?} first compares with a bounded budget of pair and vector visits (no allocation,
 * the usual case); when the budget runs out it restarts with the union-find algorithm of Adams and
 * Dybvig ("Efficient nondestructive equality checking for trees and graphs"), which terminates on
 * cyclic structure and answers whether the infinite unfoldings are equal. Lists recurse on the car
 * and loop on the cdr, so long lists do not deepen the Java stack.
 */
public final class Equality {
    private Equality() {}

    private static final int BUDGET = 400;
    private static final int NOT_EQUAL = -1;
    private static final int EXHAUSTED = -2;

    /** {@code eqv?}: identity, except that numbers and characters compare by value. */
    public static boolean eqv(Object a, Object b) {
        return a == b || (a != null && b != null && eqvValues(a, b));
    }

    private static boolean eqvValues(Object a, Object b) {
        if (a instanceof Char c) return b instanceof Char d && c.codePoint == d.codePoint;
        return numberEqv(a, b);
    }

    /** Number {@code eqv?}: exactness matters, flonums compare by bits. */
    private static boolean numberEqv(Object a, Object b) {
        return org.eshkol.runtime.num.NumberEquality.eqv(a, b);
    }

    /** Number hash consistent with {@link #numberEqv}. */
    private static int numberHash(Object n) {
        return org.eshkol.runtime.num.NumberEquality.hash(n);
    }

    /** {@code equal?}: structural on pairs, vectors, strings and bytevectors; terminates on cycles. */
    public static boolean equal(Object a, Object b) {
        if (a == b) return true;
        int r = bounded(a, b, BUDGET);
        if (r >= 0) return true;
        if (r == NOT_EQUAL) return false;
        return new Graph().equal(a, b);
    }

    /** Compares within {@code budget} visits: the budget left, {@link #NOT_EQUAL} or {@link #EXHAUSTED}. */
    private static int bounded(Object a, Object b, int budget) {
        while (true) {
            if (a == b) return budget;
            if (a instanceof Pair p) {
                if (!(b instanceof Pair q)) return NOT_EQUAL;
                if (--budget <= 0) return EXHAUSTED;
                budget = bounded(p.car, q.car, budget);
                if (budget < 0) return budget;
                a = p.cdr;
                b = q.cdr;
            } else if (a instanceof Object[] v) {
                if (!(b instanceof Object[] w) || v.length != w.length) return NOT_EQUAL;
                for (int i = 0; i < v.length; i++) {
                    if (--budget <= 0) return EXHAUSTED;
                    budget = bounded(v[i], w[i], budget);
                    if (budget < 0) return budget;
                }
                return budget;
            } else {
                return leafEqual(a, b) ? budget : NOT_EQUAL;
            }
        }
    }

    /** Equality of everything that is neither a pair nor a vector. */
    private static boolean leafEqual(Object a, Object b) {
        if (a instanceof MString s) return b instanceof MString t && contentEquals(s, t);
        if (a instanceof ArenaValue x) return sameBytes(x, b);
        return eqv(a, b);
    }

    private static boolean contentEquals(MString s, MString t) {
        return s.builder().compareTo(t.builder()) == 0;
    }

    /**
     * The union-find comparison: pairs and vectors met before are assumed equal (coinduction). Only
     * every {@link #STRIDE}-th node along a path is entered in the union-find, which keeps long
     * acyclic lists cheap and still ends every infinite path: the sampled node pairs come from a
     * finite set, so one repeats, and the repeat is found already united.
     */
    private static final class Graph {
        private static final int STRIDE = 16;
        private final IdentityHashMap<Object, Node> nodes = new IdentityHashMap<>();

        boolean equal(Object a, Object b) { return equal(a, b, 0); }

        private boolean equal(Object a, Object b, int depth) {
            while (true) {
                if (a == b) return true;
                depth++;
                if (a instanceof Pair p) {
                    if (!(b instanceof Pair q)) return false;
                    if (depth % STRIDE == 0 && unite(p, q)) return true;
                    if (!equal(p.car, q.car, depth)) return false;
                    a = p.cdr;
                    b = q.cdr;
                } else if (a instanceof Object[] v) {
                    if (!(b instanceof Object[] w) || v.length != w.length) return false;
                    if (depth % STRIDE == 0 && unite(v, w)) return true;
                    for (int i = 0; i < v.length; i++) {
                        if (!equal(v[i], w[i], depth)) return false;
                    }
                    return true;
                } else {
                    return leafEqual(a, b);
                }
            }
        }

        /** True when a and b were already in one class; otherwise merges their classes. */
        private boolean unite(Object a, Object b) {
            Node x = find(nodes.computeIfAbsent(a, k -> new Node()));
            Node y = find(nodes.computeIfAbsent(b, k -> new Node()));
            if (x == y) return true;
            if (x.size < y.size) {
                x.parent = y;
                y.size += x.size;
            } else {
                y.parent = x;
                x.size += y.size;
            }
            return false;
        }

        private static Node find(Node n) {
            while (n.parent != null) {
                if (n.parent.parent != null) n.parent = n.parent.parent;
                n = n.parent;
            }
            return n;
        }
    }

    private static final class Node {
        Node parent;
        int size = 1;
    }

    /**
     * A hash consistent with {@link #equal}: equal values hash alike. Walks at most a fixed number of
     * pairs and vector slots in a fixed order, so it ends on cyclic structure and depends only on
     * the unfolding, which equal values share.
     */
    public static int equalHash(Object o) {
        if (o instanceof Pair || o instanceof Object[]) return new Hasher().hash(o, 0);
        return leafHash(o);
    }

    /** A hash consistent with {@link #eqv}. */
    public static int eqvHash(Object o) {
        if (o instanceof Number || o instanceof org.eshkol.runtime.num.Ratnum) return numberHash(o);
        if (o instanceof Char c) return c.codePoint;
        return System.identityHashCode(o);
    }

    private static int leafHash(Object o) {
        if (o instanceof MString s) {
            StringBuilder sb = s.builder();
            int h = 0;
            for (int i = 0, n = sb.length(); i < n; i++) h = 31 * h + sb.charAt(i);
            return h;
        }
        if (o instanceof ArenaValue b) return Arrays.hashCode(b.toByteArray());
        return eqvHash(o);
    }

    /** Bounded structural hashing. */
    private static final class Hasher {
        private int budget = 64;

        int hash(Object o, int depth) {
            int h = 17;
            while (budget > 0 && depth < 16) {
                if (o instanceof Pair p) {
                    budget--;
                    h = h * 31 + hash(p.car, depth + 1);
                    o = p.cdr;
                } else if (o instanceof Object[] v) {
                    h = h * 31 + v.length;
                    for (int i = 0; i < v.length && budget > 0; i++) {
                        budget--;
                        h = h * 31 + hash(v[i], depth + 1);
                    }
                    return h;
                } else {
                    return h * 31 + leafHash(o);
                }
            }
            return h;
        }
    }


    /** {@code equal?} of two bytevectors or two f64vectors: same kind, same bytes (regions checked). */
    private static boolean sameBytes(ArenaValue x, Object o) {
        if (o == null || o.getClass() != x.getClass()) return false;
        ArenaValue y = (ArenaValue) o;
        x.check();
        y.check();
        return Arrays.equals(x.array(), x.start(), x.start() + x.byteLength(), y.array(), y.start(), y.start() + y.byteLength());
    }
}
