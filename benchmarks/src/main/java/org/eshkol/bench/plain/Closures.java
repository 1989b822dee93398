package org.eshkol.bench.plain;

import java.util.function.LongBinaryOperator;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;

/**
 * map with an adder closure, a filter with a predicate closure and a fold with a lambda over a
 * list of 1000 integers, 200 times; lists are {@link Cons} chains of boxed longs (one cell per
 * element, as in Scheme) and the closures are Java lambdas on primitives.
 */
public final class Closures {
    private Closures() {}

    static Cons iotaList(int n) {
        Cons acc = null;
        for (int i = n - 1; i >= 0; i--) acc = new Cons((long) i, acc);
        return acc;
    }

    static Cons map(LongUnaryOperator f, Cons l) {
        if (l == null) return null;
        Cons head = new Cons(f.applyAsLong((Long) l.car), null);
        Cons last = head;
        for (Cons p = l.cdr; p != null; p = p.cdr) {
            Cons cell = new Cons(f.applyAsLong((Long) p.car), null);
            last.cdr = cell;
            last = cell;
        }
        return head;
    }

    static Cons reverse(Cons l) {
        Cons r = null;
        for (; l != null; l = l.cdr) r = new Cons(l.car, r);
        return r;
    }

    static Cons keep(LongPredicate pred, Cons lst) {
        Cons acc = null;
        for (Cons l = lst; l != null; l = l.cdr) if (pred.test((Long) l.car)) acc = new Cons(l.car, acc);
        return reverse(acc);
    }

    static long accumulate(LongBinaryOperator f, long acc, Cons lst) {
        for (Cons l = lst; l != null; l = l.cdr) acc = f.applyAsLong(acc, (Long) l.car);
        return acc;
    }

    static LongUnaryOperator makeAdder(long k) {
        return x -> x + k;
    }

    static LongPredicate makeMultipleOf(long k) {
        return x -> x % k == 0;
    }

    public static Object run() {
        Cons numbers = iotaList(1000);
        long total = 0;
        for (int i = 0; i < 200; i++) {
            Cons shifted = map(makeAdder(i), numbers);
            Cons picked = keep(makeMultipleOf(3), shifted);
            total += accumulate((a, x) -> a + x * x, 0, picked);
        }
        return total;
    }
}
