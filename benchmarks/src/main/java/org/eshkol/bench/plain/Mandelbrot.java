package org.eshkol.bench.plain;

/** Counts the bounded points of a 200x200 grid, 50 iterations, on {@code double}. */
public final class Mandelbrot {
    private Mandelbrot() {}

    static int point(double cr, double ci, int maxIter) {
        double zr = 0.0, zi = 0.0;
        for (int i = 0; i != maxIter; i++) {
            if (zr * zr + zi * zi > 4.0) return 0;
            double nzr = zr * zr - zi * zi + cr;
            zi = 2.0 * zr * zi + ci;
            zr = nzr;
        }
        return 1;
    }

    static long mandelbrot(int n, int maxIter) {
        long count = 0;
        for (int y = 0; y < n; y++) {
            double ci = 2.0 * ((double) y / n) - 1.0;
            for (int x = 0; x < n; x++) {
                double cr = 3.0 * ((double) x / n) - 2.0;
                count += point(cr, ci, maxIter);
            }
        }
        return count;
    }

    public static Object run() {
        return mandelbrot(200, 50);
    }
}
