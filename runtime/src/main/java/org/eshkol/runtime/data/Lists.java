package org.eshkol.runtime.data;

import org.eshkol.runtime.Errors;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;

/** Java helpers over Scheme lists: proper-list length (cycle-safe), conversions to and from arrays. */
public final class Lists {
    private Lists() {}

    /** The length of a proper list, or -1 when {@code x} is improper or cyclic (Floyd's algorithm). */
    public static int properLength(Object x) {
        int n = 0;
        Object slow = x;
        while (true) {
            if (x == Nil.NIL) return n;
            if (!(x instanceof Pair p)) return -1;
            x = p.cdr;
            n++;
            if (x == Nil.NIL) return n;
            if (!(x instanceof Pair q)) return -1;
            x = q.cdr;
            n++;
            slow = ((Pair) slow).cdr;
            if (x == slow) return -1;
        }
    }

    /** True when following cdrs from {@code x} never reaches a non-pair. */
    public static boolean isCyclic(Object x) {
        Object slow = x;
        while (x instanceof Pair p && p.cdr instanceof Pair q) {
            x = q.cdr;
            slow = ((Pair) slow).cdr;
            if (x == slow) return true;
        }
        return false;
    }

    /** The length of a proper list, or {@code who: expected a proper list, got x}. */
    public static int length(String who, Object x) {
        int n = properLength(x);
        if (n < 0) throw Errors.wrongType(who, "a proper list", x);
        return n;
    }

    /** The elements of a proper list. */
    public static Object[] toArray(String who, Object list) {
        Object[] a = new Object[length(who, list)];
        Object x = list;
        for (int i = 0; i < a.length; i++) {
            Pair p = (Pair) x;
            a[i] = p.car;
            x = p.cdr;
        }
        return a;
    }

    public static Object fromArray(Object[] a) { return fromArray(a, 0, a.length); }

    /** A fresh list of {@code a[from..to)}. */
    public static Object fromArray(Object[] a, int from, int to) {
        Object r = Nil.NIL;
        for (int i = to - 1; i >= from; i--) r = new Pair(a[i], r);
        return r;
    }

    public static Object of(Object... xs) { return fromArray(xs); }

    /**
     * For n-list procedures ({@code map}, {@code fold}, ...): the cars of {@code lists} with each list
     * advanced to its cdr, or null when any list is exhausted. A non-list tail ends the walk too.
     */
    static Object[] nextCars(Object[] lists) {
        Object[] cars = new Object[lists.length];
        for (int i = 0; i < lists.length; i++) {
            if (!(lists[i] instanceof Pair p)) return null;
            cars[i] = p.car;
        }
        for (int i = 0; i < lists.length; i++) lists[i] = ((Pair) lists[i]).cdr;
        return cars;
    }

    /** {@code first} and {@code rest} as one array of lists, each checked to be a list head. */
    static Object[] joinLists(String who, Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = checkList(who, first);
        for (int i = 0; i < rest.length; i++) all[i + 1] = checkList(who, rest[i]);
        return all;
    }

    /** Checks that {@code x} starts like a list (a pair or the empty list). */
    static Object checkList(String who, Object x) {
        if (x instanceof Pair || x == Nil.NIL) return x;
        throw Errors.wrongType(who, "a list", x);
    }
}
