package org.eshkol.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Printer;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.SchemeError;
import org.eshkol.runtime.Symbol;

/** Test helpers: a tiny datum reader, written output, procedures from lambdas, error assertions. */
final class TestSupport {
    private TestSupport() {}

    /** Reads one datum: lists, dotted pairs, vectors, strings (mutable), chars, booleans, numbers, symbols. */
    static Object read(String text) {
        return new Reader(text).datum();
    }

    static String write(Object v) { return Printer.writeString(v); }

    static Symbol sym(String name) { return Symbol.intern(name); }

    static MString str(String s) { return MString.of(s); }

    static Procedure proc(String name, Function<Object[], Object> body) {
        return new Procedure() {
            @Override
            public String name() { return name; }

            @Override
            public Object applyN(Object[] args) { return body.apply(args); }
        };
    }

    static void assertWrites(String expected, Object value) { assertEquals(expected, write(value)); }

    static void assertError(String message, Runnable action) {
        SchemeError e = assertThrows(SchemeError.class, action::run);
        assertEquals(message, e.getMessage());
    }

    private static final class Reader {
        private final String s;
        private int i;

        Reader(String s) { this.s = s; }

        Object datum() {
            skip();
            char c = s.charAt(i);
            if (c == '(') {
                i++;
                List<Object> items = new ArrayList<>();
                Object tail = Nil.NIL;
                while (true) {
                    skip();
                    if (s.charAt(i) == ')') {
                        i++;
                        break;
                    }
                    if (s.charAt(i) == '.' && Character.isWhitespace(s.charAt(i + 1))) {
                        i++;
                        tail = datum();
                        skip();
                        i++;
                        break;
                    }
                    items.add(datum());
                }
                Object r = tail;
                for (int k = items.size() - 1; k >= 0; k--) r = new Pair(items.get(k), r);
                return r;
            }
            if (c == '#' && s.charAt(i + 1) == '(') {
                i++;
                return Lists.toArray("read", datum());
            }
            if (c == '"') {
                int end = s.indexOf('"', i + 1);
                String body = s.substring(i + 1, end);
                i = end + 1;
                return MString.of(body);
            }
            if (c == '#' && s.charAt(i + 1) == '\\') {
                i += 2;
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                int start = i - 1;
                while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
                String name = s.substring(start, i);
                if (name.equals("space")) return Char.of(' ');
                if (name.equals("newline")) return Char.of('\n');
                i = start + 1;
                return Char.of(cp);
            }
            int start = i;
            while (i < s.length() && "() \n\t".indexOf(s.charAt(i)) < 0) i++;
            String tok = s.substring(start, i);
            if (tok.equals("#t")) return Boolean.TRUE;
            if (tok.equals("#f")) return Boolean.FALSE;
            try {
                return Long.parseLong(tok);
            } catch (NumberFormatException e) {
                try {
                    if (tok.matches("[-+]?[0-9.]+(e[-+]?[0-9]+)?")) return Double.parseDouble(tok);
                } catch (NumberFormatException e2) {
                    // a symbol
                }
            }
            return Symbol.intern(tok);
        }

        private void skip() {
            while (Character.isWhitespace(s.charAt(i))) i++;
        }
    }
}
