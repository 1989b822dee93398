package org.eshkol.analysis.expand;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.eshkol.analysis.read.Datum;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.analysis.source.Span;

/**
 * A minimal s-expression reader for tests only (the real reader lives elsewhere): lists, dotted
 * pairs, vectors, quote abbreviations, strings, characters, booleans, integers, decimals, symbols
 * and line comments.
 */
final class TestReader {
    private final SourceFile file;
    private final String s;
    private int pos;

    private TestReader(SourceFile file) {
        this.file = file;
        this.s = file.text();
    }

    static List<Datum> read(SourceFile file) {
        TestReader r = new TestReader(file);
        List<Datum> out = new ArrayList<>();
        while (true) {
            r.skip();
            if (r.pos >= r.s.length()) return out;
            out.add(r.datum());
        }
    }

    private void skip() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isWhitespace(c)) pos++;
            else if (c == ';') { while (pos < s.length() && s.charAt(pos) != '\n') pos++; }
            else return;
        }
    }

    private Span span(int start) { return new Span(file, start, pos); }

    private Datum datum() {
        skip();
        int start = pos;
        char c = s.charAt(pos);
        switch (c) {
            case '(', '[' -> { pos++; return list(start, c == '(' ? ')' : ']'); }
            case '\'' -> { pos++; return abbrev("quote", start); }
            case '`' -> { pos++; return abbrev("quasiquote", start); }
            case ',' -> {
                pos++;
                if (pos < s.length() && s.charAt(pos) == '@') { pos++; return abbrev("unquote-splicing", start); }
                return abbrev("unquote", start);
            }
            case '"' -> { return string(start); }
            case '#' -> { return hash(start); }
            default -> { return atom(start); }
        }
    }

    private Datum abbrev(String name, int start) {
        Datum d = datum();
        return new Datum.ListD(span(start), List.of(new Datum.Sym(span(start), name), d), null);
    }

    private Datum list(int start, char close) {
        List<Datum> items = new ArrayList<>();
        Datum tail = null;
        while (true) {
            skip();
            char c = s.charAt(pos);
            if (c == close) { pos++; break; }
            if (c == '.' && pos + 1 < s.length() && delimiter(s.charAt(pos + 1))) {
                pos++;
                tail = datum();
                skip();
                pos++;
                break;
            }
            items.add(datum());
        }
        return new Datum.ListD(span(start), items, tail);
    }

    private Datum string(int start) {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (s.charAt(pos) != '"') {
            char c = s.charAt(pos++);
            if (c == '\\') {
                char e = s.charAt(pos++);
                sb.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            } else sb.append(c);
        }
        pos++;
        return new Datum.Str(span(start), sb.toString());
    }

    private Datum hash(int start) {
        char n = s.charAt(pos + 1);
        if (n == '(') {
            pos += 2;
            Datum.ListD l = (Datum.ListD) list(start, ')');
            return new Datum.Vec(span(start), l.items());
        }
        if (n == '\\') {
            pos += 2;
            int cs = pos;
            pos++;
            while (pos < s.length() && !delimiter(s.charAt(pos))) pos++;
            String name = s.substring(cs, pos);
            int cp = switch (name) {
                case "space" -> ' ';
                case "newline" -> '\n';
                case "tab" -> '\t';
                default -> name.codePointAt(0);
            };
            return new Datum.Char(span(start), cp);
        }
        String tok = token();
        return switch (tok) {
            case "#t", "#true" -> new Datum.Bool(span(start), true);
            case "#f", "#false" -> new Datum.Bool(span(start), false);
            default -> throw new IllegalArgumentException("test reader: " + tok);
        };
    }

    private String token() {
        int b = pos;
        while (pos < s.length() && !delimiter(s.charAt(pos))) pos++;
        return s.substring(b, pos);
    }

    private Datum atom(int start) {
        String tok = token();
        if (tok.matches("[+-]?\\d+")) return new Datum.Int(span(start), new BigInteger(tok));
        if (tok.matches("[+-]?\\d*\\.\\d+")) return new Datum.Real(span(start), Double.parseDouble(tok));
        return new Datum.Sym(span(start), tok);
    }

    private static boolean delimiter(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '[' || c == ']' || c == '"' || c == ';';
    }
}
