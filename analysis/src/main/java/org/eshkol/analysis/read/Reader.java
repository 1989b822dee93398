package org.eshkol.analysis.read;

import java.util.ArrayList;
import java.util.List;
import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.analysis.source.Span;

/**
 * The reader: source text to {@link Datum}s with exact spans, covering R7RS-small's lexical syntax.
 * {@link Lexer} makes tokens (and atoms); this class assembles lists, vectors, bytevectors,
 * abbreviations ({@code 'x} is {@code (quote x)}), datum labels and datum comments. It keeps its open
 * structures on an explicit stack, so nesting depth is limited only by memory, never by the Java stack.
 *
 * <p>Errors go to the given {@link Diagnostics} and reading goes on (a stray {@code )} is skipped, a
 * bad atom is dropped), so one pass reports every error. A datum that contains an error may be
 * returned in a repaired form; callers must check the diagnostics before using what was read.
 *
 * <p>Use {@link #readAll} for a whole script, or an instance and {@link #next()} to read one datum at a
 * time (the runtime {@code read} procedure, the REPL): {@link #position()} says how far it has read and
 * {@link #endedInsideDatum()} whether input ended in the middle of a datum (the REPL then asks for more).
 */
public final class Reader {
    private final SourceFile file;
    private final Diagnostics diags;
    private final Lexer lexer;
    private final List<Frame> stack = new ArrayList<>();
    /**
     * Labels defined so far in the current top-level datum (the scope of a label, R7RS 2.4), in order
     * of definition, so that those defined inside a datum comment can be dropped when it ends.
     */
    private final List<Integer> labels = new ArrayList<>();
    private boolean incomplete;

    /** A reader of {@code file} from its start. */
    public Reader(SourceFile file, Diagnostics diags) {
        this(file, 0, diags);
    }

    /** A reader of {@code file} from character offset {@code offset}. */
    public Reader(SourceFile file, int offset, Diagnostics diags) {
        this.file = file;
        this.diags = diags;
        this.lexer = new Lexer(file, Math.max(0, Math.min(offset, file.text().length())), diags);
    }

    /** Every datum of {@code file}, in order; problems are added to {@code diags}. */
    public static List<Datum> readAll(SourceFile file, Diagnostics diags) {
        Reader reader = new Reader(file, diags);
        List<Datum> out = new ArrayList<>();
        for (Datum d = reader.next(); d != null; d = reader.next()) out.add(d);
        return out;
    }

    /** The next top-level datum, or null at the end of the input. */
    public Datum next() {
        incomplete = false;
        while (true) {
            Datum d;
            switch (lexer.next()) {
                case EOF -> { return atEof(); }
                case ATOM -> d = lexer.datum;
                case OPEN -> { noteLineStartOpen(); push(Frame.Kind.LIST, lexer.bracket); continue; }
                case OPEN_VECTOR -> { push(Frame.Kind.VECTOR, ')'); continue; }
                case OPEN_BYTES -> { push(Frame.Kind.BYTES, ')'); continue; }
                case CLOSE -> d = close();
                case DOT -> { dot(); continue; }
                case ABBREV -> { push(Frame.Kind.ABBREV, lexer.abbrev); continue; }
                case LABEL_DEF -> { labels.add(lexer.label); push(Frame.Kind.LABEL, null); continue; }
                case DATUM_COMMENT -> { push(Frame.Kind.DATUM_COMMENT, null); continue; }
                case LABEL_REF -> d = labelRef();
                case ERROR -> { dropPrefixes(); continue; }
                default -> throw new AssertionError();
            }
            if (d == null) continue;
            Datum top = deliver(d);
            if (top != null) return top;
        }
    }

    /** The offset just past what has been read so far. */
    public int position() { return lexer.position(); }

    /** Whether the last {@link #next()} met the end of input inside an unfinished datum or comment. */
    public boolean endedInsideDatum() { return incomplete || lexer.unterminated; }

    /** Remembers the first nested '(' at the start of a line: the likely place of a missing ')'. */
    private void noteLineStartOpen() {
        int at = lexer.start;
        if (!stack.isEmpty() && (at == 0 || file.text().charAt(at - 1) == '\n')) {
            Frame outer = stack.get(0);
            if (outer.lineStartOpen < 0) outer.lineStartOpen = at;
        }
    }

    private void push(Frame.Kind kind, char bracket) {
        stack.add(new Frame(kind, lexer.start, lexer.end, bracket, null, 0));
    }

    private void push(Frame.Kind kind, String abbrev) {
        stack.add(new Frame(kind, lexer.start, lexer.end, ')', abbrev, kind == Frame.Kind.DATUM_COMMENT ? labels.size() : lexer.label));
    }

    private Frame top() { return stack.isEmpty() ? null : stack.get(stack.size() - 1); }

    private Frame pop() { return stack.remove(stack.size() - 1); }

    private Span span(int start, int end) { return new Span(file, start, end); }

    private void error(int start, int end, String message, String hint) {
        diags.add(Diagnostics.read(span(start, end), message, hint));
    }

    /**
     * Gives a finished datum to the innermost open structure, closing prefixes it completes. Returns
     * the datum if it is a finished top-level datum, else null.
     */
    private Datum deliver(Datum d) {
        while (true) {
            Frame f = top();
            if (f == null) {
                labels.clear();
                return d;
            }
            switch (f.kind) {
                case LIST -> { f.addToList(d, this); return null; }
                case VECTOR -> { f.items.add(d); return null; }
                case BYTES -> { addByte(f, d); return null; }
                case ABBREV -> {
                    pop();
                    Datum sym = new Datum.Sym(span(f.start, f.prefixEnd), f.abbrev);
                    d = new Datum.ListD(span(f.start, d.span().end()), List.of(sym, d), null);
                }
                case LABEL -> {
                    pop();
                    if (d instanceof Datum.LabelRef ref && ref.label() == f.label)
                        error(f.start, d.span().end(), "datum label #" + f.label + "= cannot label itself", null);
                    d = new Datum.Labeled(span(f.start, d.span().end()), f.label, d);
                }
                case DATUM_COMMENT -> {
                    pop();
                    labels.subList(f.label, labels.size()).clear(); // labels in a comment do not exist
                    return null;
                }
            }
        }
    }

    private void addByte(Frame f, Datum d) {
        if (d instanceof Datum.Int i && i.value().signum() >= 0 && i.value().bitLength() <= 8) f.items.add(d);
        else error(d.span().start(), d.span().end(), "bytevector element must be an exact integer 0..255", null);
    }

    void dotError(int at) {
        error(at, at + 1, "unexpected '.'", "a '.' goes inside a list, after at least one datum, followed by exactly one datum and ')'");
    }

    private void dot() {
        Frame f = top();
        if (f == null || f.kind != Frame.Kind.LIST || f.items.isEmpty() || f.dotAt >= 0) {
            dotError(lexer.start);
            if (f != null && f.kind == Frame.Kind.LIST && f.dotAt >= 0) f.dotReported = true;
        } else {
            f.dotAt = lexer.start;
        }
    }

    /** Drops abbreviations, labels and datum comments waiting for a datum that turned out bad. */
    private void dropPrefixes() {
        while (!stack.isEmpty() && top().isPrefix()) pop();
    }

    private Datum labelRef() {
        if (!labels.contains(lexer.label)) {
            error(lexer.start, lexer.end, "undefined datum label #" + lexer.label + "#", "define it first with #" + lexer.label + "=");
            dropPrefixes();
            return null;
        }
        return new Datum.LabelRef(span(lexer.start, lexer.end), lexer.label);
    }

    private Datum close() {
        int at = lexer.start;
        char c = lexer.bracket;
        while (!stack.isEmpty() && top().isPrefix()) missingDatum(pop());
        if (stack.isEmpty()) {
            error(at, at + 1, "unexpected '" + c + "'", "there is no open '(' for it to close");
            return null;
        }
        Frame f = pop();
        char expected = f.bracket == '[' ? ']' : ')';
        if (c != expected) error(at, at + 1, "expected '" + expected + "' but found '" + c + "'", null);
        Span span = span(f.start, at + 1);
        return switch (f.kind) {
            case LIST -> {
                if (f.dotAt >= 0 && f.tail == null && !f.dotReported) dotError(f.dotAt);
                if (f.tail instanceof Datum.ListD rest) { // (a . (b c)) is (a b c); (a . ()) is (a)
                    f.items.addAll(rest.items());
                    yield new Datum.ListD(span, f.items, rest.tail());
                }
                yield new Datum.ListD(span, f.items, f.tail);
            }
            case VECTOR -> new Datum.Vec(span, f.items);
            case BYTES -> {
                byte[] bytes = new byte[f.items.size()];
                for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) ((Datum.Int) f.items.get(i)).value().intValue();
                yield new Datum.Bytes(span, bytes);
            }
            default -> throw new AssertionError(f.kind);
        };
    }

    private void missingDatum(Frame prefix) {
        error(prefix.start, prefix.prefixEnd, "expected a datum after " + file.text().substring(prefix.start, prefix.prefixEnd), null);
    }

    private Datum atEof() {
        if (stack.isEmpty()) return null;
        incomplete = true;
        // An unterminated string or comment, already reported, is why nothing was closed.
        if (!lexer.unterminated) reportUnclosed();
        stack.clear();
        labels.clear();
        return null;
    }

    /** Reports the outermost structure left open at the end of input (one report per datum). */
    private void reportUnclosed() {
        Frame outer = null;
        for (Frame f : stack) {
            if (!f.isPrefix()) { outer = f; break; }
        }
        if (outer == null) {
            missingDatum(stack.get(0));
            return;
        }
        String open = file.text().substring(outer.start, outer.prefixEnd);
        char close = outer.bracket == '[' ? ']' : ')';
        String hint = outer.lineStartOpen < 0 ? "add a '" + close + "' to close the '" + open + "' opened here"
                : "the '(' at line " + file.line(outer.lineStartOpen) + ", column 1 is still inside it; is a '" + close + "' missing before that line?";
        error(outer.start, outer.prefixEnd, "unclosed '" + open + "': expected '" + close + "' before end of file", hint);
    }
}
