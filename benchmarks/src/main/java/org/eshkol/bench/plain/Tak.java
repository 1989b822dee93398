package org.eshkol.bench.plain;

/** (tak 18 12 6) a hundred times, summed, on {@code int}. */
public final class Tak {
    private Tak() {}

    static int tak(int x, int y, int z) {
        if (!(y < x)) return z;
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
    }

    public static Object run() {
        long acc = 0;
        for (int i = 0; i < 100; i++) acc += tak(18, 12, 6);
        return acc;
    }
}
