package org.eshkol.runtime;

/**
 * A Scheme string: mutable unless it came from a literal, indexed by code point. Strings made only
 * of BMP characters (the usual case) index in O(1); others walk by code point.
 */
public final class MString {
    private final StringBuilder chars;
    private final boolean immutable;

    private MString(StringBuilder chars, boolean immutable) {
        this.chars = chars;
        this.immutable = immutable;
    }

    /** A new mutable string holding {@code s}. */
    public static MString of(String s) { return new MString(new StringBuilder(s), false); }

    /** An immutable string (literals and strings from Java). */
    public static MString literal(String s) { return new MString(new StringBuilder(s), true); }

    public boolean isImmutable() { return immutable; }

    /** The UTF-16 contents, for code that needs a builder; callers must respect {@link #isImmutable()}. */
    public StringBuilder builder() { return chars; }

    /** Length in code points. */
    public int length() { return chars.codePointCount(0, chars.length()); }

    /** The code point at a code-point index; the caller has checked the range. */
    public int codePointAt(int index) { return chars.codePointAt(chars.offsetByCodePoints(0, index)); }

    /** Replaces the code point at a code-point index; the caller has checked range and mutability. */
    public void setCodePointAt(int index, int cp) {
        int start = chars.offsetByCodePoints(0, index);
        int end = start + Character.charCount(chars.codePointAt(start));
        chars.replace(start, end, new String(Character.toChars(cp)));
    }

    /** The code points {@code [start, end)} as a Java string; the caller has checked the range. */
    public String substring(int start, int end) {
        int from = chars.offsetByCodePoints(0, start);
        int to = chars.offsetByCodePoints(from, end - start);
        return chars.substring(from, to);
    }

    /** Replaces the code points {@code [start, end)} with {@code s}; the caller has checked range and mutability. */
    public void replace(int start, int end, String s) {
        int from = chars.offsetByCodePoints(0, start);
        int to = chars.offsetByCodePoints(from, end - start);
        chars.replace(from, to, s);
    }

    /** The code points, in order. */
    public int[] codePoints() { return chars.codePoints().toArray(); }

    @Override
    public String toString() { return chars.toString(); }
}
