package org.eshkol.engine.interop;

import java.math.BigInteger;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Unspecified;

/**
 * How values cross between Java and Eshkol. From Java: {@code Integer}, {@code Long}, {@code Short},
 * {@code Byte} and {@code BigInteger} become exact integers; {@code Double} and {@code Float}
 * flonums; {@code String} an immutable string; {@code Boolean} and {@code Character} their Eshkol
 * counterparts; {@code null} the unspecified value; anything else stays a Java object. To Java:
 * exact integers become {@code Long} (or {@code BigInteger}), flonums {@code Double}, strings
 * {@code String}, characters {@code Character} when they fit in one char, the unspecified value
 * {@code null}; everything else is passed as it is.
 */
public final class JavaValues {
    private JavaValues() {}

    public static Object toScheme(Object v) {
        if (v == null) return Unspecified.VALUE;
        if (v instanceof Long || v instanceof Double || v instanceof Boolean) return v;
        if (v instanceof Integer i) return (long) i;
        if (v instanceof String s) return MString.literal(s);
        if (v instanceof Short s) return (long) s;
        if (v instanceof Byte b) return (long) b;
        if (v instanceof Float f) return (double) f;
        if (v instanceof Character c) return Char.of(c);
        if (v instanceof BigInteger b) return b.bitLength() < 64 ? (Object) b.longValue() : b;
        return v;
    }

    public static Object toJava(Object v) {
        if (v == Unspecified.VALUE) return null;
        if (v instanceof MString s) return s.toString();
        if (v instanceof Char c) return Character.isBmpCodePoint(c.codePoint) ? (Object) (char) c.codePoint : c.toString();
        return v;
    }
}
