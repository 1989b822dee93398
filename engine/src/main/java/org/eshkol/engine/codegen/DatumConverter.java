package org.eshkol.engine.codegen;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eshkol.analysis.read.Datum;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Symbol;

/**
 * Datum (syntax) -> runtime value, for quoted constants and for {@code read}. Datum labels become
 * real shared (possibly cyclic) structure. Strings from literals are immutable.
 */
public final class DatumConverter {
    private final Map<Integer, Object> labels = new HashMap<>();
    private final boolean immutableStrings;

    public DatumConverter() { this(true); }

    /** @param immutableStrings true for program literals, false for data read at run time */
    public DatumConverter(boolean immutableStrings) { this.immutableStrings = immutableStrings; }

    public Object convert(Datum d) {
        // an instanceof chain, not a pattern switch: the switch's bootstrap cost every fresh JVM's first compilation
        if (d instanceof Datum.Sym s) return Symbol.intern(s.name());
        if (d instanceof Datum.Int i) return integer(i.value());
        if (d instanceof Datum.Str s) return immutableStrings ? MString.literal(s.value()) : MString.of(s.value());
        if (d instanceof Datum.ListD l) return list(l, null);
        if (d instanceof Datum.Bool b) return b.value() ? Boolean.TRUE : Boolean.FALSE;
        if (d instanceof Datum.Char c) return Char.of(c.codePoint());
        if (d instanceof Datum.Real r) return r.value();
        if (d instanceof Datum.Ratio r) return org.eshkol.runtime.num.NumberFactory.ratio(r.numerator(), r.denominator());
        if (d instanceof Datum.Vec v) return vector(v, null);
        if (d instanceof Datum.Bytes b) return new Bytevector(b.bytes().clone());
        if (d instanceof Datum.Labeled lab) return labeled(lab);
        if (d instanceof Datum.LabelRef ref) {
            Object v = labels.get(ref.label());
            if (v == null) throw new IllegalStateException("datum label #" + ref.label() + "# used before its definition");
            return v;
        }
        throw new IllegalArgumentException("unknown datum " + d.getClass().getName());
    }

    /** An exact integer in its normal form: a {@code Long} when it fits. */
    public static Object integer(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    private Object labeled(Datum.Labeled lab) {
        return switch (lab.datum()) {
            case Datum.ListD l when !l.isEmpty() -> {
                Pair head = new Pair(null, null);
                labels.put(lab.label(), head);
                yield list(l, head);
            }
            case Datum.Vec v -> {
                Object[] vec = new Object[v.items().size()];
                labels.put(lab.label(), vec);
                yield vector(v, vec);
            }
            default -> {
                Object v = convert(lab.datum());
                labels.put(lab.label(), v);
                yield v;
            }
        };
    }

    /** Builds a list; when {@code head} is given it becomes the first pair (so labels can refer to it). */
    private Object list(Datum.ListD l, Pair head) {
        List<Datum> items = l.items();
        if (items.isEmpty()) return Nil.NIL;
        Pair first = head != null ? head : new Pair(null, null);
        first.car = convert(items.get(0));
        Pair last = first;
        for (int i = 1; i < items.size(); i++) {
            Pair p = new Pair(convert(items.get(i)), null);
            last.cdr = p;
            last = p;
        }
        last.cdr = l.tail() == null ? Nil.NIL : convert(l.tail());
        return first;
    }

    private Object vector(Datum.Vec v, Object[] into) {
        Object[] vec = into != null ? into : new Object[v.items().size()];
        for (int i = 0; i < vec.length; i++) vec[i] = convert(v.items().get(i));
        return vec;
    }
}
