package org.eshkol.analysis.read;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Prints a {@link Datum} as S-expression text in {@code write} style, which the {@link Reader} reads
 * back as an equal datum: strings and {@code |symbols|} escaped, characters as {@code #\a},
 * {@code #\space} or {@code #\x7f}, flonums as {@code 1.5}, {@code 1e21}, {@code +inf.0}. Quote forms
 * print as lists ({@code (quote x)}). Works without recursion, so any nesting depth prints.
 */
public final class DatumPrinter {
    private DatumPrinter() {}

    /** {@code d} as text. */
    public static String print(Datum d) {
        StringBuilder out = new StringBuilder();
        print(d, out);
        return out.toString();
    }

    /** Appends {@code d} as text to {@code out}. */
    public static void print(Datum d, StringBuilder out) {
        Deque<Object> work = new ArrayDeque<>();
        work.push(d);
        while (!work.isEmpty()) {
            Object next = work.pop();
            if (next instanceof String s) {
                out.append(s);
                continue;
            }
            switch ((Datum) next) {
                case Datum.Sym s -> symbol(s.name(), out);
                case Datum.Str s -> string(s.value(), out);
                case Datum.Char c -> character(c.codePoint(), out);
                case Datum.Bool b -> out.append(b.value() ? "#t" : "#f");
                case Datum.Int i -> out.append(i.value());
                case Datum.Ratio r -> out.append(r.numerator()).append('/').append(r.denominator());
                case Datum.Real r -> out.append(real(r.value()));
                case Datum.ListD l -> {
                    out.append('(');
                    work.push(")");
                    if (l.tail() != null) {
                        work.push(l.tail());
                        work.push(" . ");
                    }
                    pushItems(l.items(), work);
                }
                case Datum.Vec v -> {
                    out.append("#(");
                    work.push(")");
                    pushItems(v.items(), work);
                }
                case Datum.Bytes b -> {
                    out.append("#u8(");
                    for (int i = 0; i < b.bytes().length; i++) {
                        if (i > 0) out.append(' ');
                        out.append(b.bytes()[i] & 0xff);
                    }
                    out.append(')');
                }
                case Datum.Labeled l -> {
                    out.append('#').append(l.label()).append('=');
                    work.push(l.datum());
                }
                case Datum.LabelRef r -> out.append('#').append(r.label()).append('#');
            }
        }
    }

    private static void pushItems(java.util.List<Datum> items, Deque<Object> work) {
        for (int i = items.size() - 1; i >= 0; i--) {
            work.push(items.get(i));
            if (i > 0) work.push(" ");
        }
    }

    /** A flonum in Scheme syntax. */
    public static String real(double v) {
        if (Double.isNaN(v)) return "+nan.0";
        if (Double.isInfinite(v)) return v > 0 ? "+inf.0" : "-inf.0";
        String s = Double.toString(v);
        int e = s.indexOf('E');
        if (e < 0) return s;
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) mantissa = mantissa.substring(0, mantissa.length() - 2);
        return mantissa + "e" + s.substring(e + 1);
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> escapeControl(c, out);
            }
        }
        out.append('"');
    }

    private static void symbol(String name, StringBuilder out) {
        if (!needsBars(name)) {
            out.append(name);
            return;
        }
        out.append('|');
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case '|' -> out.append("\\|");
                case '\\' -> out.append("\\\\");
                default -> escapeControl(c, out);
            }
        }
        out.append('|');
    }

    private static void escapeControl(char c, StringBuilder out) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\t' -> out.append("\\t");
            case '\r' -> out.append("\\r");
            case '\u0007' -> out.append("\\a");
            case '\b' -> out.append("\\b");
            default -> {
                if (c < 0x20 || c == 0x7f) out.append("\\x").append(Integer.toHexString(c)).append(';');
                else out.append(c);
            }
        }
    }

    /** Whether a symbol must be written {@code |like this|} to read back as itself. */
    static boolean needsBars(String name) {
        if (name.isEmpty() || name.equals(".") || name.charAt(0) == '#') return true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Lexer.isDelimiter(c) || c == '\\' || c < 0x20 || c == 0x7f) return true;
        }
        char c = name.charAt(0);
        boolean numeric = (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
        return numeric && NumberSyntax.classify(name, 10, null) != NumberSyntax.Failure.NOT_A_NUMBER;
    }

    private static void character(int cp, StringBuilder out) {
        out.append("#\\");
        String name = CharNames.nameOf(cp);
        if (name != null) out.append(name);
        else if (cp < 0x20 || cp == 0x7f || Character.isISOControl(cp) || Character.isWhitespace(cp)
                || !Character.isDefined(cp) || Character.isSurrogate((char) cp) && cp <= 0xffff)
            out.append('x').append(Integer.toHexString(cp));
        else out.appendCodePoint(cp);
    }
}
