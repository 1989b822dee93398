package org.eshkol.analysis.ir;

import org.eshkol.analysis.read.Datum;

/** Writes datums in {@code write} notation for {@link CorePrinter} and diagnostics. */
final class DatumWriter {
    private DatumWriter() {}

    static void write(Datum d, StringBuilder out) {
        switch (d) {
            case Datum.Sym s -> symbol(s.name(), out);
            case Datum.Str s -> string(s.value(), out);
            case Datum.Char c -> character(c.codePoint(), out);
            case Datum.Bool b -> out.append(b.value() ? "#t" : "#f");
            case Datum.Int i -> out.append(i.value());
            case Datum.Ratio r -> out.append(r.numerator()).append('/').append(r.denominator());
            case Datum.Real r -> real(r.value(), out);
            case Datum.ListD l -> {
                out.append('(');
                for (int i = 0; i < l.items().size(); i++) {
                    if (i > 0) out.append(' ');
                    write(l.items().get(i), out);
                }
                if (l.tail() != null) { out.append(" . "); write(l.tail(), out); }
                out.append(')');
            }
            case Datum.Vec v -> {
                out.append("#(");
                for (int i = 0; i < v.items().size(); i++) {
                    if (i > 0) out.append(' ');
                    write(v.items().get(i), out);
                }
                out.append(')');
            }
            case Datum.Bytes b -> {
                out.append("#u8(");
                for (int i = 0; i < b.bytes().length; i++) {
                    if (i > 0) out.append(' ');
                    out.append(b.bytes()[i] & 0xff);
                }
                out.append(')');
            }
            case Datum.Labeled l -> { out.append('#').append(l.label()).append('='); write(l.datum(), out); }
            case Datum.LabelRef r -> out.append('#').append(r.label()).append('#');
        }
    }

    private static void symbol(String name, StringBuilder out) {
        boolean plain = !name.isEmpty();
        for (int i = 0; i < name.length() && plain; i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || "()\"';`|".indexOf(c) >= 0) plain = false;
        }
        if (plain) { out.append(name); return; }
        out.append('|');
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '|' || c == '\\') out.append('\\');
            out.append(c);
        }
        out.append('|');
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        out.append('"');
    }

    private static void character(int cp, StringBuilder out) {
        out.append("#\\");
        switch (cp) {
            case ' ' -> out.append("space");
            case '\n' -> out.append("newline");
            case '\t' -> out.append("tab");
            case '\r' -> out.append("return");
            case 0 -> out.append("null");
            case 7 -> out.append("alarm");
            case 8 -> out.append("backspace");
            case 0x7f -> out.append("delete");
            case 0x1b -> out.append("escape");
            default -> out.appendCodePoint(cp);
        }
    }

    private static void real(double v, StringBuilder out) {
        if (Double.isNaN(v)) out.append("+nan.0");
        else if (Double.isInfinite(v)) out.append(v > 0 ? "+inf.0" : "-inf.0");
        else out.append(Double.toString(v).replace("E", "e"));
    }
}
