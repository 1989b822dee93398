package org.eshkol.runtime.data;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.Errors;

/**
 * Characters: {@code char? char->integer integer->char}, the class predicates, case mapping and
 * {@code digit-value}. The comparisons live in {@link CharCompareLib}.
 */
public final class CharLib {
    private CharLib() {}

    @Builtin({"char?"})
    public static boolean isChar(Object x) { return x instanceof Char; }

    @Builtin({"char->integer"})
    public static Object charToInteger(Object c) { return (long) Args.character("char->integer", c).codePoint; }

    /** Any Unicode scalar value: 0..#x10FFFF without the surrogates. */
    @Builtin({"integer->char"})
    public static Object integerToChar(Object n) {
        if (n instanceof Long l && l >= 0 && l <= Character.MAX_CODE_POINT && (l < 0xD800 || l > 0xDFFF)) {
            return Char.of((int) (long) l);
        }
        throw Errors.wrongType("integer->char", "a Unicode scalar value", n);
    }

    @Builtin({"char-alphabetic?"})
    public static boolean isAlphabetic(Object c) { return Character.isAlphabetic(cp("char-alphabetic?", c)); }

    @Builtin({"char-numeric?"})
    public static boolean isNumeric(Object c) { return Character.isDigit(cp("char-numeric?", c)); }

    @Builtin({"char-whitespace?"})
    public static boolean isWhitespace(Object c) { return isWhitespace(cp("char-whitespace?", c)); }

    /** The Unicode White_Space property (Java's isWhitespace leaves out no-break spaces). */
    static boolean isWhitespace(int cp) { return Character.isWhitespace(cp) || Character.isSpaceChar(cp); }

    @Builtin({"char-upper-case?"})
    public static boolean isUpperCase(Object c) { return Character.isUpperCase(cp("char-upper-case?", c)); }

    @Builtin({"char-lower-case?"})
    public static boolean isLowerCase(Object c) { return Character.isLowerCase(cp("char-lower-case?", c)); }

    /** The decimal digit's value, or #f when the character is not a decimal digit. */
    @Builtin({"digit-value"})
    public static Object digitValue(Object c) {
        int cp = cp("digit-value", c);
        return Character.isDigit(cp) ? (Object) (long) Character.digit(cp, 10) : Boolean.FALSE;
    }

    @Builtin({"char-upcase"})
    public static Object upcase(Object c) { return Char.of(Character.toUpperCase(cp("char-upcase", c))); }

    @Builtin({"char-downcase"})
    public static Object downcase(Object c) { return Char.of(Character.toLowerCase(cp("char-downcase", c))); }

    @Builtin({"char-foldcase"})
    public static Object foldcase(Object c) { return Char.of(fold(cp("char-foldcase", c))); }

    /** Simple case folding of one code point. */
    static int fold(int cp) { return Character.toLowerCase(Character.toUpperCase(cp)); }

    private static int cp(String who, Object c) { return Args.character(who, c).codePoint; }
}
