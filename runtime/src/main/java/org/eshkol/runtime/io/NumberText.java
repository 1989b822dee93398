package org.eshkol.runtime.io;

import org.eshkol.runtime.num.NumberFormat;
import org.eshkol.runtime.num.PredicateBuiltins;

/** Number to text for the printer and {@code format}, through the numbers area's formatter. */
final class NumberText {
    private NumberText() {}

    /** True of every Scheme number (Long, BigInteger, Ratnum, Double). */
    static boolean isNumber(Object o) { return PredicateBuiltins.isNumber(o); }

    /** The external representation in {@code radix}. */
    static String toString(Object n, int radix) { return NumberFormat.toString(n, radix); }
}
