package org.eshkol.analysis.expand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eshkol.analysis.ir.CorePrinter;
import org.eshkol.analysis.read.Datum;
import org.eshkol.analysis.source.Span;

/** Conversions between reader datums and syntax, and small shape tests used by every form. */
public final class Syntax {
    private Syntax() {}

    /** Wraps a datum as syntax written in the source. */
    public static Stx fromDatum(Datum d) {
        return switch (d) {
            case Datum.Sym s -> Ident.source(s.name(), s.span());
            case Datum.ListD l -> {
                List<Stx> items = new ArrayList<>(l.items().size());
                for (Datum i : l.items()) items.add(fromDatum(i));
                yield Stx.SList.of(l.span(), items, l.tail() == null ? null : fromDatum(l.tail()));
            }
            case Datum.Vec v -> {
                List<Stx> items = new ArrayList<>(v.items().size());
                for (Datum i : v.items()) items.add(fromDatum(i));
                yield new Stx.SVec(v.span(), items);
            }
            default -> new Stx.SAtom(d);
        };
    }

    /** Strips syntax back to a datum, as {@code quote} does: aliases become their symbols. */
    public static Datum toDatum(Stx x) {
        return switch (x) {
            case Ident id -> new Datum.Sym(id.span(), id.name());
            case Stx.SAtom a -> a.datum();
            case Stx.SVec v -> new Datum.Vec(v.span(), v.items().stream().map(Syntax::toDatum).toList());
            case Stx.SList l -> new Datum.ListD(l.span(), l.items().stream().map(Syntax::toDatum).toList(),
                    l.tail() == null ? null : toDatum(l.tail()));
        };
    }

    /** The {@code write} text of syntax (for diagnostics). */
    public static String write(Stx x) { return CorePrinter.writeDatum(toDatum(x)); }

    /** A proper list of at least {@code min} items, or null. */
    public static Stx.SList properList(Stx x, int min) {
        return x instanceof Stx.SList l && l.isProper() && l.size() >= min ? l : null;
    }

    /** A proper list of exactly {@code n} items, or null. */
    public static Stx.SList listOf(Stx x, int n) {
        return x instanceof Stx.SList l && l.isProper() && l.size() == n ? l : null;
    }

    public static List<Stx> rest(Stx.SList l, int from) { return l.items().subList(from, l.size()); }

    public static Span spanOf(Stx x) { return x.span(); }

    /** Datum equality ignoring spans (used for pattern constants). */
    public static boolean sameDatum(Datum a, Datum b) {
        return switch (a) {
            case Datum.Sym x -> b instanceof Datum.Sym y && x.name().equals(y.name());
            case Datum.Str x -> b instanceof Datum.Str y && x.value().equals(y.value());
            case Datum.Char x -> b instanceof Datum.Char y && x.codePoint() == y.codePoint();
            case Datum.Bool x -> b instanceof Datum.Bool y && x.value() == y.value();
            case Datum.Int x -> b instanceof Datum.Int y && x.value().equals(y.value());
            case Datum.Ratio x -> b instanceof Datum.Ratio y && x.numerator().equals(y.numerator())
                    && x.denominator().equals(y.denominator());
            case Datum.Real x -> b instanceof Datum.Real y && Double.compare(x.value(), y.value()) == 0;
            case Datum.Bytes x -> b instanceof Datum.Bytes y && Arrays.equals(x.bytes(), y.bytes());
            case Datum.ListD x -> b instanceof Datum.ListD y && sameList(x.items(), y.items())
                    && (x.tail() == null ? y.tail() == null : y.tail() != null && sameDatum(x.tail(), y.tail()));
            case Datum.Vec x -> b instanceof Datum.Vec y && sameList(x.items(), y.items());
            case Datum.Labeled x -> b instanceof Datum.Labeled y && x.label() == y.label() && sameDatum(x.datum(), y.datum());
            case Datum.LabelRef x -> b instanceof Datum.LabelRef y && x.label() == y.label();
        };
    }

    private static boolean sameList(List<Datum> a, List<Datum> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!sameDatum(a.get(i), b.get(i))) return false;
        return true;
    }
}
