package org.eshkol.bench.plain;

import java.math.BigInteger;
import java.util.List;

/** 1000! a hundred times with {@link BigInteger}; digit count and remainder of the last. */
public final class Factorial {
    private Factorial() {}

    static BigInteger fact(int n) {
        BigInteger acc = BigInteger.ONE;
        for (int i = 1; i <= n; i++) acc = acc.multiply(BigInteger.valueOf(i));
        return acc;
    }

    public static Object run() {
        BigInteger r = BigInteger.ZERO;
        for (int k = 0; k < 100; k++) r = fact(1000);
        return List.of((long) r.toString().length(), r.mod(BigInteger.valueOf(1000000007L)).longValue());
    }
}
