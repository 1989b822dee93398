package org.eshkol.runtime.data;

/** The five ordering predicates shared by the char and string comparisons. */
enum Comparison {
    EQ, LT, GT, LE, GE;

    /** Whether a three-way comparison result satisfies this predicate. */
    boolean holds(int c) {
        return switch (this) {
            case EQ -> c == 0;
            case LT -> c < 0;
            case GT -> c > 0;
            case LE -> c <= 0;
            case GE -> c >= 0;
        };
    }

    /** The arguments {@code a b c more...} as one array, for the variadic forms. */
    static Object[] all(Object a, Object b, Object c, Object[] more) {
        Object[] xs = new Object[more.length + 3];
        xs[0] = a;
        xs[1] = b;
        xs[2] = c;
        System.arraycopy(more, 0, xs, 3, more.length);
        return xs;
    }
}
