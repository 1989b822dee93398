package org.eshkol.runtime.io;

import java.util.Set;

/**
 * Decides whether a symbol's name reads back as that symbol, following R7RS's grammar of identifiers
 * (section 7.1.1): an initial then subsequents, or a peculiar identifier ({@code +}, {@code -},
 * {@code ...}, {@code ->x}, {@code .foo}). Names that are numbers ({@code 1+}, {@code +5},
 * {@code +inf.0}, {@code -i}) and names with delimiters must be written between bars.
 */
final class SymbolSyntax {
    private SymbolSyntax() {}

    private static final String SPECIAL_INITIAL = "!$%&*/:<=>?^_~";
    private static final Set<String> NUMBER_LIKE = Set.of("+i", "-i", "+inf.0", "-inf.0", "+nan.0", "-nan.0");

    static boolean needsBars(String s) {
        if (s.isEmpty()) return true;
        int c0 = s.codePointAt(0);
        int i;
        if (isInitial(c0)) {
            i = Character.charCount(c0);
        } else if (c0 == '+' || c0 == '-') {
            if (s.length() == 1) return false;
            if (NUMBER_LIKE.contains(s.toLowerCase())) return true;
            int c1 = s.codePointAt(1);
            if (c1 == '.') {
                if (s.length() == 2) return true;
                int c2 = s.codePointAt(2);
                if (!isDotSubsequent(c2)) return true;
                i = 2 + Character.charCount(c2);
            } else if (isSignSubsequent(c1)) {
                i = 1 + Character.charCount(c1);
            } else {
                return true;
            }
        } else if (c0 == '.') {
            if (s.length() == 1) return true;
            int c1 = s.codePointAt(1);
            if (!isDotSubsequent(c1)) return true;
            i = 1 + Character.charCount(c1);
        } else {
            return true;
        }
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!isSubsequent(cp)) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean isInitial(int cp) {
        if (cp < 128) return Character.isLetter(cp) || SPECIAL_INITIAL.indexOf(cp) >= 0;
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) return false;
        int type = Character.getType(cp);
        return type != Character.FORMAT && type != Character.UNASSIGNED && type != Character.SURROGATE
                && !Character.isDigit(cp);
    }

    private static boolean isSubsequent(int cp) {
        return isInitial(cp) || Character.isDigit(cp) || cp == '+' || cp == '-' || cp == '.' || cp == '@';
    }

    private static boolean isSignSubsequent(int cp) {
        return isInitial(cp) || cp == '+' || cp == '-' || cp == '@';
    }

    private static boolean isDotSubsequent(int cp) {
        return isSignSubsequent(cp) || cp == '.';
    }
}
