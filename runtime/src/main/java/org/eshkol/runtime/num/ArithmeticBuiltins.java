package org.eshkol.runtime.num;

import org.eshkol.runtime.Builtin;

/**
 * The builtins {@code + - * /}, {@code abs} and {@code square}. Arity variants never overlap (the
 * rest-argument form starts at three arguments), and the two-argument forms are {@link Arith}'s.
 */
public final class ArithmeticBuiltins {
    private ArithmeticBuiltins() {}

    @Builtin("+")
    public static Object add() { return 0L; }

    @Builtin("+")
    public static Object add(Object a) {
        GenericArith.kind("+", a);
        return a;
    }

    @Builtin("+")
    public static Object add(Object a, Object b) { return Arith.add(a, b); }

    @Builtin("+")
    public static Object add(Object a, Object b, Object c, Object[] more) {
        Object sum = Arith.add(Arith.add(a, b), c);
        for (Object x : more) sum = Arith.add(sum, x);
        return sum;
    }

    @Builtin("*")
    public static Object mul() { return 1L; }

    @Builtin("*")
    public static Object mul(Object a) {
        GenericArith.kind("*", a);
        return a;
    }

    @Builtin("*")
    public static Object mul(Object a, Object b) { return Arith.mul(a, b); }

    @Builtin("*")
    public static Object mul(Object a, Object b, Object c, Object[] more) {
        Object product = Arith.mul(Arith.mul(a, b), c);
        for (Object x : more) product = Arith.mul(product, x);
        return product;
    }

    /** {@code (- x)} negates. */
    @Builtin("-")
    public static Object sub(Object a) { return GenericArith.negate(a); }

    @Builtin("-")
    public static Object sub(Object a, Object b) { return Arith.sub(a, b); }

    @Builtin("-")
    public static Object sub(Object a, Object b, Object c, Object[] more) {
        Object difference = Arith.sub(Arith.sub(a, b), c);
        for (Object x : more) difference = Arith.sub(difference, x);
        return difference;
    }

    /** {@code (/ x)} is the reciprocal. */
    @Builtin("/")
    public static Object div(Object a) { return Arith.div(1L, a); }

    @Builtin("/")
    public static Object div(Object a, Object b) { return Arith.div(a, b); }

    @Builtin("/")
    public static Object div(Object a, Object b, Object c, Object[] more) {
        Object quotient = Arith.div(Arith.div(a, b), c);
        for (Object x : more) quotient = Arith.div(quotient, x);
        return quotient;
    }

    @Builtin("abs")
    public static Object abs(Object x) {
        if (x instanceof Long l && l != Long.MIN_VALUE) return Math.abs(l);
        if (x instanceof Double d) return Math.abs(d);
        return GenericArith.signum("abs", x) < 0 ? GenericArith.negate(x) : x;
    }

    @Builtin("square")
    public static Object square(Object x) {
        GenericArith.kind("square", x);
        return Arith.mul(x, x);
    }
}
