package org.eshkol.runtime.io;

import java.math.BigInteger;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.F64vector;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.Eof;
import org.eshkol.runtime.ErrorObject;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.MultipleValues;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Symbol;
import org.eshkol.runtime.Unspecified;

/**
 * Prints every value that is not a pair or a non-empty vector: numbers, strings (with R7RS escapes
 * when written), characters (with R7RS names), symbols (between bars when the reader would not read
 * them back as the same symbol), bytevectors and the opaque objects. Values it does not know print
 * through their {@code toString}: procedures, ports, records, hash tables, Java objects.
 */
final class AtomPrinter {
    private AtomPrinter() {}

    static void print(StringBuilder sb, Object v, boolean write) {
        if (v instanceof MString s) {
            if (write) writeString(sb, s.builder());
            else sb.append(s.builder());
        } else if (v instanceof Long l) {
            sb.append(l.longValue());
        } else if (v instanceof Boolean b) {
            sb.append(b ? "#t" : "#f");
        } else if (v instanceof Symbol s) {
            if (write) writeSymbol(sb, s.name());
            else sb.append(s.name());
        } else if (v instanceof Char c) {
            if (write) writeChar(sb, c.codePoint);
            else sb.appendCodePoint(c.codePoint);
        } else {
            printOther(sb, v, write);
        }
    }

    private static void printOther(StringBuilder sb, Object v, boolean write) {
        if (v instanceof Double d) sb.append(NumberText.toString(d, 10));
        else if (v instanceof BigInteger b) sb.append(b);
        else if (v instanceof Nil) sb.append("()");
        else if (v instanceof Object[] vec && vec.length == 0) sb.append("#()");
        else if (v instanceof Bytevector bv) writeBytevector(sb, bv);
        else if (v instanceof F64vector fv) writeF64vector(sb, fv);
        else if (v instanceof Unspecified) sb.append("#<unspecified>");
        else if (v instanceof Eof) sb.append("#<eof>");
        else if (v instanceof ErrorObject e) writeError(sb, e);
        else if (v instanceof String s) {
            if (write) writeString(sb, s);
            else sb.append(s);
        } else if (v instanceof MultipleValues mv) {
            for (int i = 0; i < mv.values.length; i++) {
                if (i > 0) sb.append(' ');
                DatumPrinter.print(sb, mv.values[i], write ? PrintStyle.WRITE : PrintStyle.DISPLAY);
            }
        } else if (v instanceof Number n) sb.append(NumberText.toString(n, 10));
        else if (v == null) sb.append("#<null>");
        else sb.append(v);
    }

    private static void writeBytevector(StringBuilder sb, Bytevector bv) {
        sb.append("#u8(");
        for (int i = 0; i < bv.length(); i++) {
            if (i > 0) sb.append(' ');
            sb.append(bv.get(i));
        }
        sb.append(')');
    }

    private static void writeF64vector(StringBuilder sb, F64vector fv) {
        sb.append("#f64(");
        for (int i = 0; i < fv.length(); i++) {
            if (i > 0) sb.append(' ');
            sb.append(NumberText.toString(fv.get(i), 10));
        }
        sb.append(')');
    }

    private static void writeError(StringBuilder sb, ErrorObject e) {
        sb.append("#<error ");
        writeString(sb, e.message());
        for (Object p = e.irritants(); p instanceof Pair pair; p = pair.cdr) {
            sb.append(' ');
            DatumPrinter.print(sb, pair.car, PrintStyle.WRITE);
        }
        sb.append('>');
    }

    /** A string literal: {@code "a\nb"}; other control characters as {@code \xHH;}. */
    static void writeString(StringBuilder sb, CharSequence s) {
        sb.append('"');
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) hexEscape(sb, c);
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }

    private static void hexEscape(StringBuilder sb, int c) {
        sb.append("\\x").append(Integer.toHexString(c)).append(';');
    }

    /** A character literal: {@code #\a}, {@code #\space}, {@code #\x1f}. */
    static void writeChar(StringBuilder sb, int cp) {
        sb.append("#\\");
        String name = switch (cp) {
            case 0 -> "null";
            case 7 -> "alarm";
            case 8 -> "backspace";
            case 9 -> "tab";
            case 10 -> "newline";
            case 13 -> "return";
            case 27 -> "escape";
            case 32 -> "space";
            case 127 -> "delete";
            default -> null;
        };
        if (name != null) sb.append(name);
        else if (isGraphic(cp)) sb.appendCodePoint(cp);
        else sb.append('x').append(Integer.toHexString(cp));
    }

    private static boolean isGraphic(int cp) {
        if (cp < 0x7f) return cp > 0x20;
        if (Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) return false;
        int type = Character.getType(cp);
        return type != Character.FORMAT && type != Character.UNASSIGNED && type != Character.SURROGATE
                && type != Character.PRIVATE_USE;
    }

    /** A symbol, between bars when its name would not read back as this symbol. */
    static void writeSymbol(StringBuilder sb, String name) {
        if (!SymbolSyntax.needsBars(name)) {
            sb.append(name);
            return;
        }
        sb.append('|');
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '|' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20 || c == 0x7f) hexEscape(sb, c);
            else sb.append(c);
        }
        sb.append('|');
    }
}
