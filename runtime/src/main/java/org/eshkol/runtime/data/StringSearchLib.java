package org.eshkol.runtime.data;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Procedure;

/**
 * Searching strings (Eshkol and SRFI-13 extras): {@code string-index string-contains string-contains?
 * string-prefix? string-suffix? string-starts-with? string-ends-with? string-null?}. Results are
 * code-point indexes. SRFI-13's {@code (string-prefix? prefix s)} takes the prefix first;
 * {@code (string-starts-with? s prefix)} takes the string first.
 */
public final class StringSearchLib {
    private StringSearchLib() {}

    @Builtin({"string-null?"})
    public static boolean isNull(Object s) { return Args.string("string-null?", s).builder().isEmpty(); }

    /** The index of the first character equal to {@code c} (a char) or satisfying it (a predicate), or #f. */
    @Builtin({"string-index"})
    public static Object index(Object s, Object charOrPred) {
        int[] cps = Args.string("string-index", s).codePoints();
        for (int i = 0; i < cps.length; i++) {
            if (matches("string-index", charOrPred, cps[i])) return (long) i;
        }
        return Boolean.FALSE;
    }

    /** Whether code point {@code cp} matches a char or satisfies a predicate. */
    static boolean matches(String who, Object charOrPred, int cp) {
        if (charOrPred instanceof Char c) return c.codePoint == cp;
        if (charOrPred instanceof Procedure p) return p.call1(Char.of(cp)) != Boolean.FALSE;
        throw Errors.wrongType(who, "a character or predicate", charOrPred);
    }

    /** The index where {@code pattern} first occurs in {@code s}, or #f. */
    @Builtin({"string-contains"})
    public static Object contains(Object s, Object pattern) {
        StringBuilder hay = Args.string("string-contains", s).builder();
        int at = hay.indexOf(Args.string("string-contains", pattern).toString());
        return at < 0 ? Boolean.FALSE : (Object) (long) hay.codePointCount(0, at);
    }

    @Builtin({"string-contains?"})
    public static boolean containsP(Object s, Object pattern) {
        StringBuilder hay = Args.string("string-contains?", s).builder();
        return hay.indexOf(Args.string("string-contains?", pattern).toString()) >= 0;
    }

    @Builtin({"string-prefix?"})
    public static boolean isPrefix(Object prefix, Object s) { return startsWith("string-prefix?", s, prefix); }

    @Builtin({"string-suffix?"})
    public static boolean isSuffix(Object suffix, Object s) { return endsWith("string-suffix?", s, suffix); }

    @Builtin({"string-starts-with?"})
    public static boolean startsWith(Object s, Object prefix) { return startsWith("string-starts-with?", s, prefix); }

    @Builtin({"string-ends-with?"})
    public static boolean endsWith(Object s, Object suffix) { return endsWith("string-ends-with?", s, suffix); }

    private static boolean startsWith(String who, Object s, Object prefix) {
        String str = Args.string(who, s).toString();
        return str.startsWith(Args.string(who, prefix).toString());
    }

    private static boolean endsWith(String who, Object s, Object suffix) {
        String str = Args.string(who, s).toString();
        return str.endsWith(Args.string(who, suffix).toString());
    }
}
