package org.eshkol.runtime;

/**
 * A Scheme string: mutable unless it came from a literal, indexed by code point. A string that holds
 * only BMP characters (the usual case) is known to be so, and indexes its UTF-16 contents directly in
 * O(1); a string with supplementary characters walks by code point.
 */
public final class MString extends Value {
    private final StringBuilder chars;
    private final boolean immutable;
    /** True while every char is a BMP code point (no surrogates), so indexes are char indexes. */
    private boolean bmp;

    private MString(StringBuilder chars, boolean immutable) {
        this.chars = chars;
        this.immutable = immutable;
        this.bmp = noSurrogates(chars);
    }

    private static boolean noSurrogates(CharSequence s) {
        for (int i = 0; i < s.length(); i++) if (Character.isSurrogate(s.charAt(i))) return false;
        return true;
    }

    /** A new mutable string holding {@code s}. */
    public static MString of(String s) { return new MString(new StringBuilder(s), false); }

    /** An immutable string (literals and strings from Java). */
    public static MString literal(String s) { return new MString(new StringBuilder(s), true); }

    public boolean isImmutable() { return immutable; }

    /**
     * The UTF-16 contents, READ-ONLY: change a string only through this class's methods, which keep
     * its indexing facts right.
     */
    public StringBuilder builder() { return chars; }

    /** Length in code points. */
    public int length() { return bmp ? chars.length() : chars.codePointCount(0, chars.length()); }

    private int offset(int index) { return bmp ? index : chars.offsetByCodePoints(0, index); }

    /** The code point at a code-point index; the caller has checked the range. */
    public int codePointAt(int index) { return bmp ? chars.charAt(index) : chars.codePointAt(offset(index)); }

    /** Replaces the code point at a code-point index; the caller has checked range and mutability. */
    public void setCodePointAt(int index, int cp) {
        if (bmp && Character.isBmpCodePoint(cp)) {
            chars.setCharAt(index, (char) cp);
            return;
        }
        int start = offset(index);
        int end = start + Character.charCount(chars.codePointAt(start));
        chars.replace(start, end, new String(Character.toChars(cp)));
        bmp = false;
    }

    /** The code points {@code [start, end)} as a Java string; the caller has checked the range. */
    public String substring(int start, int end) {
        if (bmp) return chars.substring(start, end);
        int from = offset(start);
        int to = chars.offsetByCodePoints(from, end - start);
        return chars.substring(from, to);
    }

    /** Replaces the code points {@code [start, end)} with {@code s}; the caller has checked range and mutability. */
    public void replace(int start, int end, String s) {
        int from = offset(start);
        int to = bmp ? end : chars.offsetByCodePoints(from, end - start);
        chars.replace(from, to, s);
        if (bmp && !noSurrogates(s)) bmp = false;
    }

    /** The code points, in order. */
    public int[] codePoints() { return chars.codePoints().toArray(); }

    @Override
    public String toString() { return chars.toString(); }
}
