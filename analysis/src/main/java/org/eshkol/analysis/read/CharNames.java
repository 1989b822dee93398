package org.eshkol.analysis.read;

/**
 * The R7RS character names ({@code #\alarm} ... {@code #\tab}) and the {@code #\xHH} hex form, both
 * ways: name to code point for the reader, code point to name for the printer.
 */
final class CharNames {
    private static final String[] NAMES = {"alarm", "backspace", "delete", "escape", "newline", "null", "return", "space", "tab"};
    private static final int[] CODES = {7, 8, 127, 27, 10, 0, 13, 32, 9};

    /** Returned by {@link #lookup} for a hex name whose value is not a Unicode scalar value. */
    static final int OUT_OF_RANGE = -2;

    private CharNames() {}

    /**
     * The code point named by {@code name} (the text after {@code #\}, longer than one code point):
     * a standard name or {@code x} followed by hex digits (case-insensitive). Returns -1 for an
     * unknown name and {@link #OUT_OF_RANGE} for a hex value that is not a Unicode scalar value.
     */
    static int lookup(String name) {
        for (int i = 0; i < NAMES.length; i++) if (NAMES[i].equals(name)) return CODES[i];
        char x = name.charAt(0);
        if ((x != 'x' && x != 'X') || name.length() < 2) return -1;
        long value = 0;
        for (int i = 1; i < name.length(); i++) {
            int d = Character.digit(name.charAt(i), 16);
            if (d < 0 || name.charAt(i) > 'f') return -1;
            value = Math.min(value * 16 + d, 0x7fffffffL);
        }
        if (value > Character.MAX_CODE_POINT || (value >= 0xD800 && value <= 0xDFFF)) return OUT_OF_RANGE;
        return (int) value;
    }

    /** The standard name of {@code codePoint} ({@code "space"}), or null if it has none. */
    static String nameOf(int codePoint) {
        for (int i = 0; i < CODES.length; i++) if (CODES[i] == codePoint) return NAMES[i];
        return null;
    }
}
