package org.eshkol.analysis.read;

import java.math.BigInteger;
import java.util.List;
import org.eshkol.analysis.source.Span;

/**
 * A datum as the reader produced it, carrying its source span. This is the syntax that the expander
 * consumes and the payload of quoted constants in the core IR. It is immutable; cycles written with
 * datum labels are kept as {@link Labeled} / {@link LabelRef} pairs and tied when a constant is
 * materialised at run time.
 */
public sealed interface Datum {
    Span span();

    /** A symbol (identifier). */
    record Sym(Span span, String name) implements Datum {}

    record Str(Span span, String value) implements Datum {}

    /** A character, as a Unicode code point. */
    record Char(Span span, int codePoint) implements Datum {}

    record Bool(Span span, boolean value) implements Datum {}

    /** An exact integer of any size. */
    record Int(Span span, BigInteger value) implements Datum {}

    /** An exact rational in lowest terms with a denominator greater than one. */
    record Ratio(Span span, BigInteger numerator, BigInteger denominator) implements Datum {
        public Ratio {
            if (denominator.signum() <= 0 || denominator.equals(BigInteger.ONE))
                throw new IllegalArgumentException("not a normalised ratio");
        }
    }

    /** An inexact real (flonum), including infinities and NaN. */
    record Real(Span span, double value) implements Datum {}

    /**
     * A list: proper when {@code tail} is null, otherwise improper ending in {@code tail}. The empty
     * list is a {@code Pair} with no items and a null tail.
     */
    record ListD(Span span, List<Datum> items, Datum tail) implements Datum {
        public ListD {
            items = List.copyOf(items);
            if (tail != null && items.isEmpty()) throw new IllegalArgumentException("dotted tail without items");
        }

        public boolean isEmpty() { return items.isEmpty() && tail == null; }

        public boolean isProper() { return tail == null; }
    }

    record Vec(Span span, List<Datum> items) implements Datum {
        public Vec { items = List.copyOf(items); }
    }

    record Bytes(Span span, byte[] bytes) implements Datum {}

    /** {@code #n=datum}: defines label n for the datum it wraps. */
    record Labeled(Span span, int label, Datum datum) implements Datum {}

    /** {@code #n#}: a reference to the datum labelled n. */
    record LabelRef(Span span, int label) implements Datum {}
}
