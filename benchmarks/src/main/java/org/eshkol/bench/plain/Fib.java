package org.eshkol.bench.plain;

/** fib(30), doubly recursive, on {@code int}. */
public final class Fib {
    private Fib() {}

    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    public static Object run() {
        return (long) fib(30);
    }
}
