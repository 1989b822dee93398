package org.eshkol.runtime.data;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Unspecified;

/**
 * R7RS list procedures: {@code null? list? make-list list length append reverse list-tail list-ref
 * list-set! list-copy}, and {@code cons*}, {@code append!}, {@code reverse!}.
 */
public final class ListLib {
    private ListLib() {}

    @Builtin({"null?"})
    public static boolean isNull(Object x) { return x == Nil.NIL; }

    /** True of proper lists only; false of improper and cyclic ones. */
    @Builtin({"list?"})
    public static boolean isList(Object x) { return Lists.properLength(x) >= 0; }

    @Builtin({"make-list"})
    public static Object makeList(Object k) { return makeList(k, Unspecified.VALUE); }

    @Builtin({"make-list"})
    public static Object makeList(Object k, Object fill) {
        int n = Args.count("make-list", k);
        Object r = Nil.NIL;
        for (int i = 0; i < n; i++) r = new Pair(fill, r);
        return r;
    }

    @Builtin({"list"})
    public static Object list(Object[] xs) { return Lists.fromArray(xs); }

    /** {@code (cons* a b ... tail)}: like {@code list} but the last argument is the tail. */
    @Builtin({"cons*", "list*"})
    public static Object consStar(Object first, Object[] rest) {
        if (rest.length == 0) return first;
        Object r = rest[rest.length - 1];
        for (int i = rest.length - 2; i >= 0; i--) r = new Pair(rest[i], r);
        return new Pair(first, r);
    }

    @Builtin({"length"})
    public static Object length(Object x) { return (long) Lists.length("length", x); }

    @Builtin({"append"})
    public static Object append() { return Nil.NIL; }

    @Builtin({"append"})
    public static Object append(Object a) { return a; }

    @Builtin({"append"})
    public static Object append(Object a, Object b) { return appendTwo("append", a, b); }

    @Builtin({"append"})
    public static Object append(Object a, Object b, Object c, Object[] more) {
        Object result = more.length == 0 ? c : more[more.length - 1];
        for (int i = more.length - 2; i >= 0; i--) result = appendTwo("append", more[i], result);
        if (more.length > 0) result = appendTwo("append", c, result);
        return appendTwo("append", a, appendTwo("append", b, result));
    }

    /** A copy of the proper list {@code a} ending in {@code tail}. */
    static Object appendTwo(String who, Object a, Object tail) {
        if (a == Nil.NIL) return tail;
        Lists.length(who, a);
        ListBuilder b = new ListBuilder();
        for (Object x = a; x instanceof Pair p; x = p.cdr) b.add(p.car);
        return b.build(tail);
    }

    /** Destructive append: the last pair of each non-empty list is linked to the next. */
    @Builtin({"append!"})
    public static Object appendBang(Object[] xs) {
        Object result = Nil.NIL;
        Pair lastPair = null;
        for (int i = 0; i < xs.length; i++) {
            Object x = xs[i];
            if (x == Nil.NIL) continue;
            if (lastPair == null) result = x;
            else lastPair.cdr = x;
            if (i < xs.length - 1) {
                Lists.length("append!", x);
                lastPair = lastPairOf("append!", x);
            }
        }
        return result;
    }

    @Builtin({"reverse"})
    public static Object reverse(Object list) {
        Lists.length("reverse", list);
        Object r = Nil.NIL;
        for (Object x = list; x instanceof Pair p; x = p.cdr) r = new Pair(p.car, r);
        return r;
    }

    @Builtin({"reverse!"})
    public static Object reverseBang(Object list) {
        Lists.length("reverse!", list);
        Object r = Nil.NIL;
        Object x = list;
        while (x instanceof Pair p) {
            Object next = p.cdr;
            p.cdr = r;
            r = p;
            x = next;
        }
        return r;
    }

    @Builtin({"list-tail"})
    public static Object listTail(Object list, Object k) { return tail("list-tail", list, k, false); }

    @Builtin({"list-ref"})
    public static Object listRef(Object list, Object k) {
        return ((Pair) tail("list-ref", list, k, true)).car;
    }

    @Builtin({"list-set!"})
    public static void listSet(Object list, Object k, Object v) {
        Pair p = (Pair) tail("list-set!", list, k, true);
        org.eshkol.runtime.StoreHooks.storing(p, p.car, v);
        p.car = v;
    }

    /** Drops k pairs; with {@code needPair} the result must itself be a pair (an element exists). */
    static Object tail(String who, Object list, Object k, boolean needPair) {
        if (!(k instanceof Long l) || l < 0) throw Errors.wrongType(who, "an exact non-negative integer", k);
        long n = l;
        Object x = list;
        for (long i = 0; i < n; i++) {
            if (!(x instanceof Pair p)) throw outOfRange(who, list, n);
            x = p.cdr;
        }
        if (needPair && !(x instanceof Pair)) throw outOfRange(who, list, n);
        return x;
    }

    private static RuntimeException outOfRange(String who, Object list, long k) {
        if (!(list instanceof Pair) && list != Nil.NIL) return Errors.wrongType(who, "a list", list);
        int len = 0;
        for (Object x = list; x instanceof Pair p && len <= k; x = p.cdr) len++;
        return Errors.indexRange(who, k, len);
    }

    /** A copy of the spine; an improper tail is kept, a non-pair is returned as is. */
    @Builtin({"list-copy"})
    public static Object listCopy(Object list) {
        if (Lists.isCyclic(list)) throw Errors.wrongType("list-copy", "a list", list);
        ListBuilder b = new ListBuilder();
        Object x = list;
        while (x instanceof Pair p) {
            b.add(p.car);
            x = p.cdr;
        }
        return b.build(x);
    }

    @Builtin({"last-pair"})
    public static Object lastPair(Object list) { return lastPairOf("last-pair", list); }

    @Builtin({"last"})
    public static Object last(Object list) { return lastPairOf("last", list).car; }

    /** The last pair of a non-empty, non-cyclic list. */
    static Pair lastPairOf(String who, Object list) {
        Pair p = Args.pair(who, list);
        if (Lists.isCyclic(p)) throw Errors.wrongType(who, "a list", list);
        return lastPairOf(p);
    }

    private static Pair lastPairOf(Pair p) {
        while (p.cdr instanceof Pair q) p = q;
        return p;
    }
}
