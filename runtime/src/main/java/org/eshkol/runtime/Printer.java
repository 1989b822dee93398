package org.eshkol.runtime;

/**
 * Turns values into text for {@code display} and {@code write}. (Minimal first version: the I/O
 * work replaces it with the full printer, including datum labels for shared structure.)
 */
public final class Printer {
    private Printer() {}

    public static String writeString(Object v) {
        StringBuilder sb = new StringBuilder();
        print(sb, v, true);
        return sb.toString();
    }

    public static String displayString(Object v) {
        StringBuilder sb = new StringBuilder();
        print(sb, v, false);
        return sb.toString();
    }

    static void print(StringBuilder sb, Object v, boolean write) {
        if (v instanceof Boolean b) sb.append(b ? "#t" : "#f");
        else if (v instanceof MString s) {
            if (write) sb.append('"').append(s.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            else sb.append(s);
        } else if (v instanceof Pair p) {
            sb.append('(');
            print(sb, p.car, write);
            Object rest = p.cdr;
            while (rest instanceof Pair q) {
                sb.append(' ');
                print(sb, q.car, write);
                rest = q.cdr;
            }
            if (rest != Nil.NIL) {
                sb.append(" . ");
                print(sb, rest, write);
            }
            sb.append(')');
        } else if (v instanceof Object[] vec) {
            sb.append("#(");
            for (int i = 0; i < vec.length; i++) {
                if (i > 0) sb.append(' ');
                print(sb, vec[i], write);
            }
            sb.append(')');
        } else if (v instanceof Char c) {
            if (write) sb.append("#\\").append(c);
            else sb.append(c);
        } else sb.append(v);
    }
}
