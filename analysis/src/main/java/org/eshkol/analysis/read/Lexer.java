package org.eshkol.analysis.read;

import java.util.Locale;
import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.analysis.source.Span;

/**
 * Splits source text into tokens in one pass: brackets, abbreviations, datum-label marks, datum
 * comments and complete atoms (numbers, symbols, strings, characters, booleans, which it turns into
 * {@link Datum}s). Skips whitespace, {@code ;} and nested {@code #| |#} comments, a {@code #!} line at
 * the very start of the file, and the {@code #!fold-case} / {@code #!no-fold-case} directives, which
 * it obeys. Lexical errors are reported to the {@link Diagnostics} and come out as an {@link Kind#ERROR}
 * token, so that the reader can keep going.
 *
 * <p>The current token is described by the public-to-the-package fields ({@link #kind}, {@link #start},
 * {@link #end}, ...), valid until the next call of {@link #next()}; no token objects are allocated.
 */
final class Lexer {
    /** The kinds of token. */
    enum Kind { EOF, OPEN, OPEN_VECTOR, OPEN_BYTES, CLOSE, DOT, ABBREV, LABEL_DEF, LABEL_REF, DATUM_COMMENT, ATOM, ERROR }

    private final SourceFile file;
    private final String text;
    private final int length;
    private final Diagnostics diags;
    private final EscapedText escaped;
    private int pos;
    private boolean foldCase;
    /** Whether the input ended inside an unterminated string, symbol or block comment. */
    boolean unterminated;

    Kind kind;
    int start;
    int end;
    /** For ATOM: the datum. */
    Datum datum;
    /** For OPEN and CLOSE: the bracket character. */
    char bracket;
    /** For ABBREV: the symbol name it stands for ({@code quote}, ...). */
    String abbrev;
    /** For LABEL_DEF and LABEL_REF: the label number. */
    int label;

    Lexer(SourceFile file, int offset, Diagnostics diags) {
        this.file = file;
        this.text = file.text();
        this.length = text.length();
        this.diags = diags;
        this.escaped = new EscapedText(file, diags);
        this.pos = offset;
    }

    /** The offset just after the last token read. */
    int position() { return pos; }

    /** Reads the next token and returns its kind. */
    Kind next() {
        skipAtmosphere();
        start = pos;
        datum = null;
        if (pos >= length) return token(Kind.EOF, pos);
        char c = text.charAt(pos);
        switch (c) {
            case '(', '[' -> { bracket = c; return token(Kind.OPEN, pos + 1); }
            case ')', ']' -> { bracket = c; return token(Kind.CLOSE, pos + 1); }
            case '\'' -> { return abbrev("quote", pos + 1); }
            case '`' -> { return abbrev("quasiquote", pos + 1); }
            case ',' -> {
                if (pos + 1 < length && text.charAt(pos + 1) == '@') return abbrev("unquote-splicing", pos + 2);
                return abbrev("unquote", pos + 1);
            }
            case '"' -> { return string(); }
            case '|' -> { return barSymbol(); }
            case '#' -> { return hash(); }
            case '{', '}' -> { return error(pos + 1, "unexpected '" + c + "'", "braces are reserved in Scheme; use parentheses"); }
            default -> { return atom(); }
        }
    }

    private Kind token(Kind k, int newPos) {
        pos = newPos;
        end = newPos;
        kind = k;
        return k;
    }

    private Kind abbrev(String name, int newPos) {
        abbrev = name;
        return token(Kind.ABBREV, newPos);
    }

    private Kind atomToken(Datum d, int newPos) {
        datum = d;
        return token(Kind.ATOM, newPos);
    }

    private Kind error(int newPos, String message, String hint) {
        diags.add(Diagnostics.read(new Span(file, start, Math.max(start, newPos)), message, hint));
        return token(Kind.ERROR, newPos);
    }

    // ---- atmosphere ----------------------------------------------------------------------------

    private void skipAtmosphere() {
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == ';') {
                int nl = text.indexOf('\n', pos);
                pos = nl < 0 ? length : nl + 1;
            } else if (c == '#' && pos + 1 < length && text.charAt(pos + 1) == '|') {
                skipBlockComment();
            } else if (c == '#' && pos + 1 < length && text.charAt(pos + 1) == '!' && directive()) {
                continue;
            } else if (c > 127 && Character.isWhitespace(c)) {
                pos++;
            } else {
                return;
            }
        }
    }

    private void skipBlockComment() {
        int open = pos;
        int depth = 0;
        while (pos + 1 < length) {
            char c = text.charAt(pos);
            char d = text.charAt(pos + 1);
            if (c == '#' && d == '|') { depth++; pos += 2; }
            else if (c == '|' && d == '#') {
                pos += 2;
                if (--depth == 0) return;
            } else pos++;
        }
        pos = length;
        unterminated = true;
        diags.add(Diagnostics.read(new Span(file, open, open + 2), "unterminated block comment",
                "a '#|' comment ends with '|#'; they nest"));
    }

    /** Skips a {@code #!} directive or a first-line {@code #!} script line; false if it is neither. */
    private boolean directive() {
        if (pos == 0 && pos + 2 < length && (text.charAt(2) == '/' || text.charAt(2) == ' ')) {
            int nl = text.indexOf('\n', pos);
            pos = nl < 0 ? length : nl + 1;
            return true;
        }
        int e = atomEnd(pos + 2);
        String name = text.substring(pos + 2, e);
        if (name.equals("fold-case")) foldCase = true;
        else if (name.equals("no-fold-case")) foldCase = false;
        else return false;
        pos = e;
        return true;
    }

    // ---- atoms ---------------------------------------------------------------------------------

    /** Whether {@code c} ends an atom. */
    static boolean isDelimiter(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\r', '\f', '(', ')', '[', ']', '{', '}', '"', ';', '\'', '`', ',', '|' -> true;
            default -> c > 127 && Character.isWhitespace(c);
        };
    }

    private int atomEnd(int from) {
        int p = from;
        while (p < length && !isDelimiter(text.charAt(p))) p++;
        return p;
    }

    private Kind atom() {
        int e = atomEnd(pos);
        String s = text.substring(pos, e);
        Span span = new Span(file, pos, e);
        char c = s.charAt(0);
        if (c == '.' && e == pos + 1) return token(Kind.DOT, e);
        if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
            Object n = NumberSyntax.classify(s, 10, span);
            if (n instanceof Datum d) return atomToken(d, e);
            if (n != NumberSyntax.Failure.NOT_A_NUMBER) return numberError((NumberSyntax.Failure) n, s, e);
        }
        return atomToken(new Datum.Sym(span, foldCase ? s.toLowerCase(Locale.ROOT) : s), e);
    }

    private Kind numberError(NumberSyntax.Failure failure, String s, int e) {
        return switch (failure) {
            case COMPLEX -> error(e, "complex numbers are not supported: " + shorten(s), null);
            case DIVISION_BY_ZERO -> error(e, "division by zero in number: " + shorten(s), null);
            case TOO_LARGE -> error(e, "exact number too large: " + shorten(s), null);
            case NOT_A_NUMBER -> error(e, "bad number syntax: " + shorten(s), null);
        };
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private Kind string() {
        String value = escaped.read(pos, '"');
        if (value == null) return unterminated("unterminated string");
        return atomToken(new Datum.Str(new Span(file, start, escaped.end), value), escaped.end);
    }

    private Kind barSymbol() {
        String name = escaped.read(pos, '|');
        if (name == null) return unterminated("unterminated '|' symbol");
        return atomToken(new Datum.Sym(new Span(file, start, escaped.end), name), escaped.end);
    }

    private Kind unterminated(String message) {
        unterminated = true;
        diags.add(Diagnostics.read(new Span(file, start, start + 1), message));
        return token(Kind.ERROR, length);
    }

    // ---- # syntax ------------------------------------------------------------------------------

    private Kind hash() {
        if (pos + 1 >= length) return error(pos + 1, "unknown # syntax: #", null);
        char c = text.charAt(pos + 1);
        switch (c) {
            case '(' -> { return token(Kind.OPEN_VECTOR, pos + 2); }
            case ';' -> { return token(Kind.DATUM_COMMENT, pos + 2); }
            case '\\' -> { return character(); }
            case 'u', 'U' -> {
                if (text.startsWith("8(", pos + 2)) return token(Kind.OPEN_BYTES, pos + 4);
            }
            case 't', 'f', 'T', 'F' -> { return bool(); }
            case 'e', 'i', 'x', 'b', 'o', 'd', 'E', 'I', 'X', 'B', 'O', 'D' -> { return prefixedNumber(); }
            default -> {
                if (c >= '0' && c <= '9') return label();
                if (isDelimiter(c)) return error(pos + 1, "unknown # syntax: #", null);
            }
        }
        return unknownHash(atomEnd(pos + 1));
    }

    private Kind unknownHash(int e) {
        return error(e, "unknown # syntax: " + shorten(text.substring(pos, e)), null);
    }

    private Kind bool() {
        int e = atomEnd(pos + 1);
        int len = e - pos;
        if (len == 2 || (len == 5 && text.regionMatches(true, pos, "#true", 0, 5))
                || (len == 6 && text.regionMatches(true, pos, "#false", 0, 6))) {
            char c = text.charAt(pos + 1);
            return atomToken(new Datum.Bool(new Span(file, pos, e), c == 't' || c == 'T'), e);
        }
        return unknownHash(e);
    }

    private Kind prefixedNumber() {
        int e = atomEnd(pos + 1);
        String s = text.substring(pos, e);
        Object n = NumberSyntax.classify(s, 10, new Span(file, pos, e));
        if (n instanceof Datum d) return atomToken(d, e);
        return numberError((NumberSyntax.Failure) n, s, e);
    }

    private Kind label() {
        int p = pos + 1;
        long n = 0;
        while (p < length && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
            n = Math.min(n * 10 + (text.charAt(p) - '0'), Integer.MAX_VALUE + 1L);
            p++;
        }
        if (p >= length || (text.charAt(p) != '=' && text.charAt(p) != '#')) return unknownHash(atomEnd(p));
        if (n > Integer.MAX_VALUE) return error(p + 1, "datum label too large: " + shorten(text.substring(pos, p + 1)), null);
        label = (int) n;
        return token(text.charAt(p) == '=' ? Kind.LABEL_DEF : Kind.LABEL_REF, p + 1);
    }

    private Kind character() {
        int p = pos + 2;
        if (p >= length) return error(p, "unexpected end of file after #\\", null);
        int cp = text.codePointAt(p);
        int first = p + Character.charCount(cp);
        int e = atomEnd(first);
        if (e == first) return atomToken(new Datum.Char(new Span(file, pos, e), cp), e);
        String name = text.substring(p, e);
        int code = CharNames.lookup(foldCase ? name.toLowerCase(Locale.ROOT) : name);
        if (code == CharNames.OUT_OF_RANGE) return error(e, "character code out of range: #\\" + shorten(name), null);
        if (code < 0) return error(e, "unknown character name: #\\" + shorten(name), null);
        return atomToken(new Datum.Char(new Span(file, pos, e), code), e);
    }
}
