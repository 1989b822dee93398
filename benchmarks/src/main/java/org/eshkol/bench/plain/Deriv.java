package org.eshkol.bench.plain;

import java.util.function.Function;

/**
 * The symbolic derivative of r7rs-benchmarks' deriv, 20,000 times: expressions are {@link Cons}
 * lists of symbols (interned {@link String}s compared with {@code ==}) and boxed {@link Long}s,
 * built with the same allocations as the Scheme version ({@code map} with a closure included).
 */
public final class Deriv {
    private Deriv() {}

    private static final String PLUS = "+", MINUS = "-", TIMES = "*", DIVIDE = "/", X = "x";
    private static final Long ZERO = 0L, ONE = 1L;
    private static final Cons INPUT = Cons.list(PLUS,
            Cons.list(TIMES, 3L, X, X), Cons.list(TIMES, "a", X, X), Cons.list(TIMES, "b", X), 5L);

    static Cons map(Function<Object, Object> f, Cons l) {
        if (l == null) return null;
        Cons head = new Cons(f.apply(l.car), null);
        Cons last = head;
        for (Cons p = l.cdr; p != null; p = p.cdr) {
            Cons cell = new Cons(f.apply(p.car), null);
            last.cdr = cell;
            last = cell;
        }
        return head;
    }

    static Object deriv(Object a) {
        if (!(a instanceof Cons c)) return a == X ? ONE : ZERO;
        Object op = c.car;
        if (op == PLUS) return new Cons(PLUS, mapDeriv(c.cdr));
        if (op == MINUS) return new Cons(MINUS, mapDeriv(c.cdr));
        if (op == TIMES) {
            return Cons.list(TIMES, a, new Cons(PLUS, map(e -> Cons.list(DIVIDE, deriv(e), e), c.cdr)));
        }
        if (op == DIVIDE) {
            Object num = c.cdr.car, den = c.cdr.cdr.car;
            return Cons.list(MINUS, Cons.list(DIVIDE, deriv(num), den),
                    Cons.list(DIVIDE, num, Cons.list(TIMES, den, den, deriv(den))));
        }
        throw new IllegalArgumentException("No derivation method available " + op);
    }

    static Cons mapDeriv(Cons l) {
        return map(Deriv::deriv, l);
    }

    public static Object run() {
        Object result = null;
        for (int i = 0; i < 20000; i++) result = deriv(INPUT);
        return result;
    }
}
