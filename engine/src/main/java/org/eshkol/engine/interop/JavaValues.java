package org.eshkol.engine.interop;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigInteger;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Unspecified;

/**
 * How values cross between Java and Eshkol.
 *
 * <p>From Java ({@link #toScheme}): {@code Integer}, {@code Long}, {@code Short}, {@code Byte} and
 * {@code BigInteger} become exact integers ({@code Long}, or a {@code BigInteger} that does not fit
 * in one); {@code Double} and {@code Float} flonums; {@code String} an immutable string;
 * {@code Boolean} and {@code Character} their Eshkol counterparts; {@code null} the unspecified
 * value; an array of references other than {@code Object[]} a fresh vector of converted elements;
 * anything else (including {@code Object[]}, which is already a vector, and primitive arrays) stays
 * as it is: a Java object that scripts can call.
 *
 * <p>To Java ({@link #toJava}, used where a Java signature asks for {@code Object}): exact integers
 * stay {@code Long} or {@code BigInteger}, flonums {@code Double}, strings become {@code String},
 * characters {@code Character} when they fit in one char, the unspecified value {@code null};
 * everything else is passed as it is. Where a signature asks for a specific type,
 * {@link #toJava(Object, Class)} converts further (see {@code Conversions}): integers to
 * {@code int}/{@code short}/{@code byte}/{@code double}/{@code BigInteger}, lists and vectors to
 * {@code java.util.List} or arrays, procedures to functional interfaces.
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
        if (v instanceof Object[] a && a.getClass() != Object[].class) return arrayToVector(a);
        return v;
    }

    public static Object toJava(Object v) {
        if (v == Unspecified.VALUE) return null;
        if (v instanceof MString s) return s.toString();
        if (v instanceof Char c) return Character.isBmpCodePoint(c.codePoint) ? (Object) (char) c.codePoint : c.toString();
        if (v instanceof org.eshkol.runtime.region.ArenaValue a) a.pinToHeap();
        return v;
    }

    /**
     * {@code v} as a Java value of type {@code type} (boxed when {@code type} is primitive); raises
     * an Eshkol error when it does not convert. {@code boolean} accepts any value: only #f is false.
     */
    public static Object toJava(Object v, Class<?> type) { return Conversions.convert(v, type); }

    private static Object[] arrayToVector(Object[] a) {
        Object[] out = new Object[a.length];
        for (int i = 0; i < a.length; i++) out[i] = toScheme(a[i]);
        return out;
    }

    // ------------------------------------------------------------------ as method handles

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /**
     * The conversion of a Java value of static type {@code type} to Eshkol: a handle
     * {@code (type)Object}, specialised so that common types skip the general {@link #toScheme}.
     */
    static MethodHandle toSchemeHandle(Class<?> type) {
        MethodType generic = MethodType.methodType(Object.class, type);
        if (type == long.class || type == double.class || type == boolean.class) {
            return MethodHandles.identity(type).asType(generic);
        }
        if (type == int.class || type == short.class || type == byte.class) return own("fromInt", int.class).asType(generic);
        if (type == char.class) return own("fromChar", char.class);
        if (type == float.class) return own("fromFloat", float.class);
        if (type == String.class) return own("fromString", String.class);
        if (type.isPrimitive() || mayNeedConversion(type)) return own("toScheme", Object.class).asType(generic);
        return own("nullToUnspecified", Object.class).asType(generic);
    }

    /** Whether a value of static type {@code type} may be one {@link #toScheme} converts. */
    private static boolean mayNeedConversion(Class<?> type) {
        if (type.isArray()) return !type.getComponentType().isPrimitive();
        for (Class<?> c : new Class<?>[] {Integer.class, String.class, Short.class, Byte.class, Float.class,
                Character.class, BigInteger.class, Object[].class}) {
            if (type.isAssignableFrom(c) || c.isAssignableFrom(type)) return true;
        }
        return false;
    }

    private static MethodHandle own(String name, Class<?> param) {
        try {
            return LOOKUP.findStatic(JavaValues.class, name, MethodType.methodType(Object.class, param));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object fromInt(int v) { return (long) v; }

    private static Object fromChar(char v) { return Char.of(v); }

    private static Object fromFloat(float v) { return (double) v; }

    private static Object fromString(String s) { return s == null ? Unspecified.VALUE : MString.literal(s); }

    private static Object nullToUnspecified(Object v) { return v == null ? Unspecified.VALUE : v; }
}
