package org.eshkol.runtime;

/** A character: one Unicode code point. Characters below 256 are cached, so {@code eq?} works on them. */
public final class Char {
    private static final Char[] CACHE = new Char[256];

    static {
        for (int i = 0; i < CACHE.length; i++) CACHE[i] = new Char(i);
    }

    public final int codePoint;

    private Char(int codePoint) { this.codePoint = codePoint; }

    public static Char of(int codePoint) {
        return codePoint >= 0 && codePoint < 256 ? CACHE[codePoint] : new Char(codePoint);
    }

    @Override
    public boolean equals(Object o) { return o instanceof Char c && c.codePoint == codePoint; }

    @Override
    public int hashCode() { return codePoint; }

    @Override
    public String toString() { return new String(Character.toChars(codePoint)); }
}
