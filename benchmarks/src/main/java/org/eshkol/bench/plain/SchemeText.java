package org.eshkol.bench.plain;

import java.util.List;

/**
 * Writes the results of the plain Java programs as Scheme's {@code write} would: {@link Cons}
 * chains and {@link List}s as lists, {@link String}s as symbols, booleans as {@code #t}/{@code #f}.
 */
public final class SchemeText {
    private SchemeText() {}

    public static String write(Object v) {
        StringBuilder sb = new StringBuilder();
        write(sb, v);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v) {
        if (v instanceof Boolean b) {
            sb.append(b ? "#t" : "#f");
        } else if (v instanceof Cons c) {
            sb.append('(');
            for (Cons p = c; p != null; p = p.cdr) {
                write(sb, p.car);
                if (p.cdr != null) sb.append(' ');
            }
            sb.append(')');
        } else if (v instanceof List<?> l) {
            sb.append('(');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) sb.append(' ');
                write(sb, l.get(i));
            }
            sb.append(')');
        } else {
            sb.append(v);
        }
    }
}
