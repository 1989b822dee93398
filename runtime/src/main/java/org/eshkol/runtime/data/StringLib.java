package org.eshkol.runtime.data;

import java.util.Locale;
import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;

/**
 * R7RS strings: construction, access, mutation, copying and case mapping. Indexes count code points.
 * Strings from literals are immutable: mutators raise {@code string-set!: string is immutable}.
 * Optional {@code start}/{@code end} arguments are declared as extra arities; an absent bound is
 * passed inside this class as null.
 */
public final class StringLib {
    private StringLib() {}

    @Builtin({"string?"})
    public static boolean isString(Object x) { return x instanceof MString; }

    @Builtin({"make-string"})
    public static Object makeString(Object k) { return makeString(k, Char.of(' ')); }

    @Builtin({"make-string"})
    public static Object makeString(Object k, Object c) {
        int n = Args.count("make-string", k);
        String one = Args.character("make-string", c).toString();
        return MString.of(one.repeat(n));
    }

    @Builtin({"string"})
    public static Object string(Object[] chars) {
        StringBuilder sb = new StringBuilder(chars.length);
        for (Object c : chars) sb.appendCodePoint(Args.character("string", c).codePoint);
        return MString.of(sb.toString());
    }

    @Builtin({"string-length"})
    public static Object length(Object s) { return (long) Args.string("string-length", s).length(); }

    @Builtin({"string-ref"})
    public static Object ref(Object s, Object k) {
        MString str = Args.string("string-ref", s);
        return Char.of(str.codePointAt(Args.index("string-ref", k, str.length())));
    }

    @Builtin({"string-set!"})
    public static void set(Object s, Object k, Object c) {
        MString str = Args.mutableString("string-set!", s);
        int i = Args.index("string-set!", k, str.length());
        str.setCodePointAt(i, Args.character("string-set!", c).codePoint);
    }

    @Builtin({"substring"})
    public static Object substring(Object s, Object start) { return copy("substring", s, start, null); }

    @Builtin({"substring"})
    public static Object substring(Object s, Object start, Object end) { return copy("substring", s, start, end); }

    @Builtin({"string-append"})
    public static Object append(Object[] strings) {
        StringBuilder sb = new StringBuilder();
        for (Object s : strings) sb.append(Args.string("string-append", s).builder());
        return MString.of(sb.toString());
    }

    @Builtin({"string-copy"})
    public static Object copy(Object s) { return copy("string-copy", s, null, null); }

    @Builtin({"string-copy"})
    public static Object copy(Object s, Object start) { return copy("string-copy", s, start, null); }

    @Builtin({"string-copy"})
    public static Object copy(Object s, Object start, Object end) { return copy("string-copy", s, start, end); }

    private static Object copy(String who, Object s, Object start, Object end) {
        MString str = Args.string(who, s);
        int len = str.length();
        int from = Args.start(who, start, len);
        int to = Args.end(who, end, from, len);
        return MString.of(str.substring(from, to));
    }

    @Builtin({"string->list"})
    public static Object toList(Object s) { return toList(s, null, null); }

    @Builtin({"string->list"})
    public static Object toList(Object s, Object start) { return toList(s, start, null); }

    @Builtin({"string->list"})
    public static Object toList(Object s, Object start, Object end) {
        MString str = Args.string("string->list", s);
        int len = str.length();
        int from = Args.start("string->list", start, len);
        int to = Args.end("string->list", end, from, len);
        return Lists.fromArray(chars(str), from, to);
    }

    @Builtin({"list->string"})
    public static Object fromList(Object list) {
        StringBuilder sb = new StringBuilder();
        for (Object c : Lists.toArray("list->string", list)) sb.appendCodePoint(Args.character("list->string", c).codePoint);
        return MString.of(sb.toString());
    }

    @Builtin({"string->vector"})
    public static Object toVector(Object s) { return toVector(s, null, null); }

    @Builtin({"string->vector"})
    public static Object toVector(Object s, Object start) { return toVector(s, start, null); }

    @Builtin({"string->vector"})
    public static Object toVector(Object s, Object start, Object end) {
        MString str = Args.string("string->vector", s);
        int len = str.length();
        int from = Args.start("string->vector", start, len);
        int to = Args.end("string->vector", end, from, len);
        return java.util.Arrays.copyOfRange(chars(str), from, to);
    }

    @Builtin({"vector->string"})
    public static Object fromVector(Object v) { return fromVector(v, null, null); }

    @Builtin({"vector->string"})
    public static Object fromVector(Object v, Object start) { return fromVector(v, start, null); }

    @Builtin({"vector->string"})
    public static Object fromVector(Object v, Object start, Object end) {
        Object[] vec = Args.vector("vector->string", v);
        int from = Args.start("vector->string", start, vec.length);
        int to = Args.end("vector->string", end, from, vec.length);
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) sb.appendCodePoint(Args.character("vector->string", vec[i]).codePoint);
        return MString.of(sb.toString());
    }

    @Builtin({"string-fill!"})
    public static void fill(Object s, Object c) { fill(s, c, null, null); }

    @Builtin({"string-fill!"})
    public static void fill(Object s, Object c, Object start) { fill(s, c, start, null); }

    @Builtin({"string-fill!"})
    public static void fill(Object s, Object c, Object start, Object end) {
        MString str = Args.mutableString("string-fill!", s);
        String one = Args.character("string-fill!", c).toString();
        int len = str.length();
        int from = Args.start("string-fill!", start, len);
        int to = Args.end("string-fill!", end, from, len);
        str.replace(from, to, one.repeat(to - from));
    }

    @Builtin({"string-copy!"})
    public static void copyInto(Object to, Object at, Object from) { copyInto(to, at, from, null, null); }

    @Builtin({"string-copy!"})
    public static void copyInto(Object to, Object at, Object from, Object start) { copyInto(to, at, from, start, null); }

    /** Copies {@code from[start..end)} into {@code to} at {@code at}; overlapping ranges work. */
    @Builtin({"string-copy!"})
    public static void copyInto(Object to, Object at, Object from, Object start, Object end) {
        MString dst = Args.mutableString("string-copy!", to);
        MString src = Args.string("string-copy!", from);
        int srcLen = src.length();
        int s = Args.start("string-copy!", start, srcLen);
        int e = Args.end("string-copy!", end, s, srcLen);
        int dstLen = dst.length();
        int a = Args.bound("string-copy!", at, dstLen);
        if (dstLen - a < e - s) throw Errors.indexRange("string-copy!", a + (e - s), dstLen);
        String piece = src.substring(s, e);
        dst.replace(a, a + (e - s), piece);
    }

    @Builtin({"string-upcase"})
    public static Object upcase(Object s) { return MString.of(Args.string("string-upcase", s).toString().toUpperCase(Locale.ROOT)); }

    @Builtin({"string-downcase"})
    public static Object downcase(Object s) {
        return MString.of(Args.string("string-downcase", s).toString().toLowerCase(Locale.ROOT));
    }

    @Builtin({"string-foldcase"})
    public static Object foldcase(Object s) { return MString.of(foldcase(Args.string("string-foldcase", s).toString())); }

    /** Full case folding, approximated as upper-casing then lower-casing each code point ("Straße" -> "strasse"). */
    static String foldcase(String s) {
        String up = s.toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(up.length());
        up.codePoints().forEach(cp -> sb.appendCodePoint(Character.toLowerCase(cp)));
        return sb.toString();
    }

    /** The characters of a string as {@link Char} values. */
    static Object[] chars(MString s) {
        int[] cps = s.codePoints();
        Object[] out = new Object[cps.length];
        for (int i = 0; i < cps.length; i++) out[i] = Char.of(cps[i]);
        return out;
    }

    /** Three-way comparison by code point (UTF-16 order differs above the surrogates). */
    static int compareCodePoints(CharSequence a, CharSequence b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = Character.codePointAt(a, i);
            int y = Character.codePointAt(b, j);
            if (x != y) return Integer.compare(x, y);
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

}
