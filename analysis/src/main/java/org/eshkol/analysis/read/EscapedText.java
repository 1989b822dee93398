package org.eshkol.analysis.read;

import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.analysis.source.Span;

/**
 * Reads the body of a string literal {@code "..."} or a symbol {@code |...|}: the R7RS escapes
 * {@code \a \b \t \n \r \" \\ \| \xHH;} and, in strings, the line continuation
 * {@code \<intraline whitespace><newline><intraline whitespace>}. A bad escape is reported and left
 * out, and reading goes on to the closing delimiter.
 */
final class EscapedText {
    private final SourceFile file;
    private final String text;
    private final Diagnostics diags;
    /** After a successful {@link #read}: the offset just past the closing delimiter. */
    int end;

    EscapedText(SourceFile file, Diagnostics diags) {
        this.file = file;
        this.text = file.text();
        this.diags = diags;
    }

    /**
     * The value of the literal whose opening {@code close} character is at {@code open}, or null if
     * the text ends before the closing one.
     */
    String read(int open, char close) {
        int p = open + 1;
        int n = text.length();
        // Fast path: no escapes at all.
        while (p < n) {
            char c = text.charAt(p);
            if (c == close) {
                end = p + 1;
                return text.substring(open + 1, p);
            }
            if (c == '\\') break;
            p++;
        }
        if (p >= n) return null;
        StringBuilder out = new StringBuilder(p - open + 16).append(text, open + 1, p);
        while (p < n) {
            char c = text.charAt(p);
            if (c == close) {
                end = p + 1;
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                p++;
            } else {
                p = escape(p, close, out);
            }
        }
        return null;
    }

    /** Decodes the escape whose backslash is at {@code p} into {@code out}; returns the offset after it. */
    private int escape(int p, char close, StringBuilder out) {
        int n = text.length();
        if (p + 1 >= n) return n;
        char e = text.charAt(p + 1);
        switch (e) {
            case 'a' -> out.append('\u0007');
            case 'b' -> out.append('\b');
            case 't' -> out.append('\t');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case '"', '\\', '|' -> out.append(e);
            case 'x', 'X' -> { return hex(p, out); }
            case ' ', '\t', '\n', '\r' -> {
                if (close == '"') return continuation(p);
                return unknown(p, e);
            }
            default -> { return unknown(p, e); }
        }
        return p + 2;
    }

    private int unknown(int p, char e) {
        int cp = text.codePointAt(p + 1);
        String shown = e == '\n' ? "\\n" : e == '\r' ? "\\r" : new String(Character.toChars(cp));
        diags.add(Diagnostics.read(new Span(file, p, p + 1 + Character.charCount(cp)), "unknown string escape: \\" + shown,
                "the escapes are \\a \\b \\t \\n \\r \\\" \\\\ \\| and \\x<hex>;"));
        return p + 1 + Character.charCount(cp);
    }

    /** {@code \xHH;}: hex digits ended by a semicolon, naming a Unicode scalar value. */
    private int hex(int p, StringBuilder out) {
        int n = text.length();
        int q = p + 2;
        long value = 0;
        while (q < n && Character.digit(text.charAt(q), 16) >= 0 && text.charAt(q) < 128) {
            value = Math.min(value * 16 + Character.digit(text.charAt(q), 16), 0x7fffffffL);
            q++;
        }
        boolean closed = q < n && text.charAt(q) == ';';
        if (closed && q > p + 2 && value <= Character.MAX_CODE_POINT && (value < 0xD800 || value > 0xDFFF)) {
            out.appendCodePoint((int) value);
            return q + 1;
        }
        int stop = closed ? q + 1 : q;
        String shown = text.substring(p, Math.min(stop, p + 20));
        diags.add(Diagnostics.read(new Span(file, p, stop), "bad hex escape: " + shown,
                "write \\x, hex digits of a Unicode scalar value, then ';' (\\x41; is A)"));
        return stop;
    }

    /** {@code \<spaces><newline><spaces>}: contributes nothing. */
    private int continuation(int p) {
        int n = text.length();
        int q = p + 1;
        while (q < n && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) q++;
        if (q < n && text.charAt(q) == '\r') q++;
        if (q >= n || text.charAt(q) != '\n') {
            diags.add(Diagnostics.read(new Span(file, p, q), "expected a line end after '\\' in string",
                    "a backslash followed by spaces continues the string on the next line"));
            return q;
        }
        q++;
        while (q < n && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) q++;
        return q;
    }
}
