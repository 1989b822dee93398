package org.eshkol.runtime.num;

import java.math.BigInteger;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.SchemeError;

/**
 * Square roots and exact k-th roots. {@code sqrt} of an exact perfect square (integer or rational) is
 * exact; any other non-negative argument gives a flonum; a negative argument is an error, since there
 * are no complex numbers ({@code sqrt: complex results are not supported -4}).
 */
public final class Roots {
    private Roots() {}

    /** The error for an operation whose real argument would need a complex result. */
    public static SchemeError complexResult(String who, Object x) {
        return Errors.error(who + ": complex results are not supported", x);
    }

    /** {@code (exact-integer-sqrt n)}: {@code {s, r}} with {@code s*s + r = n}, {@code s} maximal. */
    public static Object[] exactIntegerSqrt(Object x) {
        if (x instanceof Long l && l >= 0) {
            long s = (long) Math.sqrt((double) l);
            while (s * s > l || s * s < 0) s--; // the double may round up
            while ((s + 1) * (s + 1) <= l && (s + 1) * (s + 1) > 0) s++;
            return new Object[] {s, l - s * s};
        }
        if (x instanceof BigInteger b && b.signum() >= 0) {
            BigInteger[] sr = b.sqrtAndRemainder();
            return new Object[] {NumberFactory.fromBig(sr[0]), NumberFactory.fromBig(sr[1])};
        }
        throw Errors.wrongType("exact-integer-sqrt", "an exact non-negative integer", x);
    }

    public static Object sqrt(Object x) {
        if (x instanceof Double d) {
            if (d < 0) throw complexResult("sqrt", x);
            return Math.sqrt(d);
        }
        NumKind k = GenericArith.kind("sqrt", x);
        if (GenericArith.signum("sqrt", x) < 0) throw complexResult("sqrt", x);
        if (k == NumKind.RATNUM) {
            Ratnum r = (Ratnum) x;
            BigInteger[] n = r.num.sqrtAndRemainder(), d = r.den.sqrtAndRemainder();
            if (n[1].signum() == 0 && d[1].signum() == 0) return NumberFactory.ratio(n[0], d[0]);
            return Math.sqrt(r.toDouble());
        }
        Object[] sr = exactIntegerSqrt(x);
        if (GenericArith.isExactZero(sr[1])) return sr[0];
        return sqrtOfBig(Convert.toBig(x));
    }

    /** The flonum square root of a non-negative integer too large for a double, scaled to fit. */
    private static double sqrtOfBig(BigInteger n) {
        int excess = n.bitLength() - 1000;
        if (excess <= 0) return Math.sqrt(n.doubleValue());
        int half = (excess + 1) / 2;
        return Math.scalb(Math.sqrt(n.shiftRight(2 * half).doubleValue()), half);
    }

    /** The exact {@code k}-th root of {@code n >= 0}, or null when {@code n} is not a perfect k-th power. */
    public static BigInteger exactRoot(BigInteger n, int k) {
        if (n.signum() == 0 || n.equals(BigInteger.ONE) || k == 1) return n;
        if (k == 2) {
            BigInteger[] sr = n.sqrtAndRemainder();
            return sr[1].signum() == 0 ? sr[0] : null;
        }
        // Newton's method from above converges to floor(n^(1/k)).
        BigInteger bk = BigInteger.valueOf(k), km1 = BigInteger.valueOf(k - 1);
        BigInteger x = BigInteger.ONE.shiftLeft(n.bitLength() / k + 1);
        while (true) {
            BigInteger next = km1.multiply(x).add(n.divide(x.pow(k - 1))).divide(bk);
            if (next.compareTo(x) >= 0) break;
            x = next;
        }
        return x.pow(k).equals(n) ? x : null;
    }
}
