package org.eshkol.engine.builtins;

import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.read.Datum;
import org.eshkol.analysis.read.DatumScanner;
import org.eshkol.analysis.read.NumberSyntax;
import org.eshkol.analysis.read.Reader;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.analysis.source.Span;
import org.eshkol.engine.codegen.DatumConverter;
import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Eof;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.io.StandardPorts;
import org.eshkol.runtime.io.TextInputPort;

/**
 * Builtins that need the front end (the reader and its number syntax), so they live in the engine
 * rather than the runtime.
 */
public final class EngineLib {
    private EngineLib() {}

    @Builtin("string->number")
    public static Object stringToNumber(Object s) { return stringToNumber(s, 10L); }

    @Builtin("string->number")
    public static Object stringToNumber(Object s, Object radix) {
        if (!(s instanceof MString str)) throw Errors.wrongType("string->number", "a string", s);
        if (!(radix instanceof Long r) || (r != 2 && r != 8 && r != 10 && r != 16))
            throw Errors.wrongType("string->number", "a radix (2, 8, 10 or 16)", radix);
        Datum d = NumberSyntax.parse(str.toString(), r.intValue(), Span.NONE);
        return d == null ? Boolean.FALSE : new DatumConverter(false).convert(d);
    }

    @Builtin("read")
    public static Object read() { return read(StandardPorts.input()); }

    /**
     * Reads one datum from a textual input port, consuming exactly its characters: characters are
     * taken one at a time, and the text so far is parsed at each delimiter where a {@link DatumScanner}
     * says it is at top level (so reading a long list parses it once, not once per element).
     */
    @Builtin("read")
    public static Object read(Object port) {
        if (!(port instanceof TextInputPort in)) throw Errors.wrongType("read", "a textual input port", port);
        StringBuilder text = new StringBuilder();
        DatumScanner scan = new DatumScanner();
        boolean blank = true;
        while (true) {
            int c = in.peek();
            if (c < 0) break;
            if (!blank && isDelimiter(c) && scan.atTopLevel() && complete(text) != null) break;
            in.read();
            text.appendCodePoint(c);
            scan.feed(c);
            blank &= Character.isWhitespace(c);
            if ((c == ')' || c == ']' || c == '"' || c == '|') && scan.atTopLevel() && complete(text) != null) break;
        }
        if (blank) return Eof.EOF;
        Diagnostics diags = new Diagnostics();
        Reader reader = new Reader(new SourceFile("<read>", text.toString()), diags);
        Datum d = reader.next();
        if (diags.hasErrors()) throw Errors.readError("read: " + diags.all().get(0).message());
        if (d == null) return Eof.EOF;
        return new DatumConverter(false).convert(d);
    }

    /** The datum if {@code text} holds exactly one complete datum (and maybe trailing blanks), else null. */
    private static Datum complete(CharSequence text) {
        Diagnostics diags = new Diagnostics();
        String s = text.toString();
        Reader reader = new Reader(new SourceFile("<read>", s), diags);
        Datum d = reader.next();
        if (d == null || diags.hasErrors() || reader.endedInsideDatum()) return null;
        return s.substring(reader.position()).isBlank() ? d : null;
    }

    private static boolean isDelimiter(int c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '[' || c == ']' || c == '"' || c == ';';
    }
}
