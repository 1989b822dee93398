package org.eshkol.runtime.data;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Pair;

/**
 * Splitting, joining and reshaping strings (Eshkol and SRFI-13 extras): {@code string-split
 * string-join string-trim string-trim-left string-trim-right string-pad-left string-pad-right
 * string-reverse}.
 */
public final class StringSplitLib {
    private StringSplitLib() {}

    /** Splits at runs of whitespace, dropping empty pieces: {@code "  a b "} gives {@code ("a" "b")}. */
    @Builtin({"string-split"})
    public static Object split(Object s) {
        String str = Args.string("string-split", s).toString();
        ListBuilder b = new ListBuilder();
        int i = 0;
        int n = str.length();
        while (i < n) {
            while (i < n && CharLib.isWhitespace(str.codePointAt(i))) i += Character.charCount(str.codePointAt(i));
            int start = i;
            while (i < n && !CharLib.isWhitespace(str.codePointAt(i))) i += Character.charCount(str.codePointAt(i));
            if (i > start) b.add(MString.of(str.substring(start, i)));
        }
        return b.build();
    }

    /**
     * Splits at each occurrence of {@code sep} (a string or a character), keeping empty pieces:
     * {@code (string-split "a,,b" ",")} gives {@code ("a" "" "b")}. An empty separator splits into
     * single characters.
     */
    @Builtin({"string-split"})
    public static Object split(Object s, Object sep) {
        String str = Args.string("string-split", s).toString();
        String delim = separator("string-split", sep);
        ListBuilder b = new ListBuilder();
        if (delim.isEmpty()) {
            str.codePoints().forEach(cp -> b.add(MString.of(new String(Character.toChars(cp)))));
            return b.build();
        }
        int from = 0;
        for (int at; (at = str.indexOf(delim, from)) >= 0; from = at + delim.length()) {
            b.add(MString.of(str.substring(from, at)));
        }
        b.add(MString.of(str.substring(from)));
        return b.build();
    }

    private static String separator(String who, Object sep) {
        if (sep instanceof MString m) return m.toString();
        if (sep instanceof Char c) return c.toString();
        throw Errors.wrongType(who, "a string or character", sep);
    }

    @Builtin({"string-join"})
    public static Object join(Object list) { return join(list, MString.literal(" ")); }

    /** The strings of {@code list} with {@code sep} (a string or character) between them. */
    @Builtin({"string-join"})
    public static Object join(Object list, Object sep) {
        String delim = separator("string-join", sep);
        StringBuilder sb = new StringBuilder();
        Lists.length("string-join", list);
        for (Object l = list; l instanceof Pair p; l = p.cdr) {
            if (l != list) sb.append(delim);
            sb.append(Args.string("string-join", p.car).builder());
        }
        return MString.of(sb.toString());
    }

    @Builtin({"string-trim"})
    public static Object trim(Object s) { return trim("string-trim", s, null, true, true); }

    @Builtin({"string-trim"})
    public static Object trim(Object s, Object what) { return trim("string-trim", s, what, true, true); }

    @Builtin({"string-trim-left"})
    public static Object trimLeft(Object s) { return trim("string-trim-left", s, null, true, false); }

    @Builtin({"string-trim-left"})
    public static Object trimLeft(Object s, Object what) { return trim("string-trim-left", s, what, true, false); }

    @Builtin({"string-trim-right"})
    public static Object trimRight(Object s) { return trim("string-trim-right", s, null, false, true); }

    @Builtin({"string-trim-right"})
    public static Object trimRight(Object s, Object what) { return trim("string-trim-right", s, what, false, true); }

    /** Drops leading/trailing characters that are whitespace, or match {@code what} (a char or predicate). */
    private static Object trim(String who, Object s, Object what, boolean left, boolean right) {
        int[] cps = Args.string(who, s).codePoints();
        int from = 0;
        int to = cps.length;
        while (left && from < to && trimmed(who, what, cps[from])) from++;
        while (right && to > from && trimmed(who, what, cps[to - 1])) to--;
        return MString.of(new String(cps, from, to - from));
    }

    private static boolean trimmed(String who, Object what, int cp) {
        return what == null ? CharLib.isWhitespace(cp) : StringSearchLib.matches(who, what, cp);
    }

    @Builtin({"string-pad-left"})
    public static Object padLeft(Object s, Object n) { return pad("string-pad-left", s, n, Char.of(' '), true); }

    /** Pads on the left to length n, or keeps the rightmost n characters when longer (SRFI-13). */
    @Builtin({"string-pad-left"})
    public static Object padLeft(Object s, Object n, Object c) { return pad("string-pad-left", s, n, c, true); }

    @Builtin({"string-pad-right"})
    public static Object padRight(Object s, Object n) { return pad("string-pad-right", s, n, Char.of(' '), false); }

    /** Pads on the right to length n, or keeps the leftmost n characters when longer (SRFI-13). */
    @Builtin({"string-pad-right"})
    public static Object padRight(Object s, Object n, Object c) { return pad("string-pad-right", s, n, c, false); }

    private static Object pad(String who, Object s, Object n, Object c, boolean left) {
        int[] cps = Args.string(who, s).codePoints();
        int width = Args.count(who, n);
        String fill = Args.character(who, c).toString();
        int len = cps.length;
        if (len >= width) {
            return MString.of(left ? new String(cps, len - width, width) : new String(cps, 0, width));
        }
        String body = new String(cps, 0, len);
        String padding = fill.repeat(width - len);
        return MString.of(left ? padding + body : body + padding);
    }

    @Builtin({"string-reverse"})
    public static Object reverse(Object s) {
        int[] cps = Args.string("string-reverse", s).codePoints();
        StringBuilder sb = new StringBuilder(cps.length);
        for (int i = cps.length - 1; i >= 0; i--) sb.appendCodePoint(cps[i]);
        return MString.of(sb.toString());
    }
}
