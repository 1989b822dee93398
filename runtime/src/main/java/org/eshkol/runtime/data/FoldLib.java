package org.eshkol.runtime.data;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.MultipleValues;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;

/**
 * SRFI-1 folds and predicates over lists: {@code fold fold-left fold-right reduce filter remove
 * partition count any every find find-tail list-index}. Argument orders are SRFI-1's:
 * {@code (fold kons knil list ...)} calls {@code (kons elem ... acc)}, {@code (fold-left f init list ...)}
 * calls {@code (f acc elem ...)}, {@code (fold-right f init list ...)} calls {@code (f elem ... acc)}
 * from the right, {@code (reduce f ridentity list)} calls {@code (f elem acc)}.
 */
public final class FoldLib {
    private FoldLib() {}

    @Builtin({"fold"})
    public static Object fold(Object kons, Object knil, Object list, Object[] more) {
        Procedure f = Args.procedure("fold", kons);
        Object acc = knil;
        if (more.length == 0) {
            for (Object l = Lists.checkList("fold", list); l instanceof Pair p; l = p.cdr) acc = f.call2(p.car, acc);
            return acc;
        }
        Object[] lists = Lists.joinLists("fold", list, more);
        for (Object[] cars; (cars = Lists.nextCars(lists)) != null; ) acc = f.callArgs(append(cars, acc));
        return acc;
    }

    @Builtin({"fold-left"})
    public static Object foldLeft(Object fn, Object init, Object list, Object[] more) {
        Procedure f = Args.procedure("fold-left", fn);
        Object acc = init;
        if (more.length == 0) {
            for (Object l = Lists.checkList("fold-left", list); l instanceof Pair p; l = p.cdr) acc = f.call2(acc, p.car);
            return acc;
        }
        Object[] lists = Lists.joinLists("fold-left", list, more);
        for (Object[] cars; (cars = Lists.nextCars(lists)) != null; ) acc = f.callArgs(prepend(acc, cars));
        return acc;
    }

    @Builtin({"fold-right"})
    public static Object foldRight(Object fn, Object init, Object list, Object[] more) {
        Procedure f = Args.procedure("fold-right", fn);
        Object acc = init;
        if (more.length == 0) {
            Object[] items = Lists.toArray("fold-right", list);
            for (int i = items.length - 1; i >= 0; i--) acc = f.call2(items[i], acc);
            return acc;
        }
        Object[] lists = Lists.joinLists("fold-right", list, more);
        Object rows = Nil.NIL;
        for (Object[] cars; (cars = Lists.nextCars(lists)) != null; ) rows = new Pair(cars, rows);
        for (Object r = rows; r instanceof Pair p; r = p.cdr) acc = f.callArgs(append((Object[]) p.car, acc));
        return acc;
    }

    @Builtin({"reduce"})
    public static Object reduce(Object fn, Object ridentity, Object list) {
        Procedure f = Args.procedure("reduce", fn);
        if (!(Lists.checkList("reduce", list) instanceof Pair first)) return ridentity;
        Object acc = first.car;
        for (Object l = first.cdr; l instanceof Pair p; l = p.cdr) acc = f.call2(p.car, acc);
        return acc;
    }

    @Builtin({"filter"})
    public static Object filter(Object pred, Object list) { return keep("filter", pred, list, true); }

    @Builtin({"remove"})
    public static Object remove(Object pred, Object list) { return keep("remove", pred, list, false); }

    private static Object keep(String who, Object pred, Object list, boolean wanted) {
        Procedure p = Args.procedure(who, pred);
        Lists.length(who, list);
        ListBuilder b = new ListBuilder();
        for (Object l = list; l instanceof Pair q; l = q.cdr) {
            if ((p.call1(q.car) != Boolean.FALSE) == wanted) b.add(q.car);
        }
        return b.build();
    }

    /** Two values: the elements satisfying {@code pred} and the others, each in order. */
    @Builtin({"partition"})
    public static Object partition(Object pred, Object list) {
        Procedure p = Args.procedure("partition", pred);
        Lists.length("partition", list);
        ListBuilder in = new ListBuilder();
        ListBuilder out = new ListBuilder();
        for (Object l = list; l instanceof Pair q; l = q.cdr) {
            (p.call1(q.car) != Boolean.FALSE ? in : out).add(q.car);
        }
        return new MultipleValues(new Object[] {in.build(), out.build()});
    }

    @Builtin({"count"})
    public static Object count(Object pred, Object list, Object[] more) {
        Procedure p = Args.procedure("count", pred);
        Object[] lists = Lists.joinLists("count", list, more);
        long n = 0;
        for (Object[] cars; (cars = Lists.nextCars(lists)) != null; ) {
            if (p.callArgs(cars) != Boolean.FALSE) n++;
        }
        return n;
    }

    /** The first true value of {@code pred}, or #f. */
    @Builtin({"any"})
    public static Object any(Object pred, Object list, Object[] more) {
        Procedure p = Args.procedure("any", pred);
        Object[] lists = Lists.joinLists("any", list, more);
        for (Object[] cars; (cars = Lists.nextCars(lists)) != null; ) {
            Object r = p.callArgs(cars);
            if (r != Boolean.FALSE) return r;
        }
        return Boolean.FALSE;
    }

    /** #f at the first false value of {@code pred}, else the last value (#t for empty lists). */
    @Builtin({"every"})
    public static Object every(Object pred, Object list, Object[] more) {
        Procedure p = Args.procedure("every", pred);
        Object[] lists = Lists.joinLists("every", list, more);
        Object r = Boolean.TRUE;
        for (Object[] cars; (cars = Lists.nextCars(lists)) != null; ) {
            r = p.callArgs(cars);
            if (r == Boolean.FALSE) return r;
        }
        return r;
    }

    @Builtin({"find"})
    public static Object find(Object pred, Object list) {
        Object tail = findTail(pred, list);
        return tail instanceof Pair p ? p.car : Boolean.FALSE;
    }

    @Builtin({"find-tail"})
    public static Object findTail(Object pred, Object list) {
        Procedure p = Args.procedure("find-tail", pred);
        for (Object l = Lists.checkList("find-tail", list); l instanceof Pair q; l = q.cdr) {
            if (p.call1(q.car) != Boolean.FALSE) return q;
        }
        return Boolean.FALSE;
    }

    @Builtin({"list-index"})
    public static Object listIndex(Object pred, Object list, Object[] more) {
        Procedure p = Args.procedure("list-index", pred);
        Object[] lists = Lists.joinLists("list-index", list, more);
        long i = 0;
        for (Object[] cars; (cars = Lists.nextCars(lists)) != null; i++) {
            if (p.callArgs(cars) != Boolean.FALSE) return i;
        }
        return Boolean.FALSE;
    }

    private static Object[] append(Object[] xs, Object last) {
        Object[] a = java.util.Arrays.copyOf(xs, xs.length + 1);
        a[xs.length] = last;
        return a;
    }

    private static Object[] prepend(Object first, Object[] xs) {
        Object[] a = new Object[xs.length + 1];
        a[0] = first;
        System.arraycopy(xs, 0, a, 1, xs.length);
        return a;
    }
}
