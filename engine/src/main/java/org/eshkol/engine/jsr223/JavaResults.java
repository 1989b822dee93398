package org.eshkol.engine.jsr223;

import org.eshkol.engine.interop.JavaValues;
import org.eshkol.runtime.Unspecified;

/**
 * Fits a value returned by a script procedure to the return type of the Java method it implements:
 * numbers narrow or widen to the primitive or box asked for, {@code boolean} follows Eshkol truth
 * (everything but {@code #f} is true; the unspecified value, Java's {@code null}, is false),
 * {@code void} discards the value. {@link #fit} takes a value already converted by
 * {@code JavaValues.toJava}; the methods for generated classes ({@link #asLong} ...,
 * {@link #fromScheme}) take the Eshkol value itself.
 */
final class JavaResults {
    private JavaResults() {}

    static Object fit(Object v, Class<?> type) {
        if (type == void.class || type == Void.class) return null;
        if (type == boolean.class || type == Boolean.class) return v != Boolean.FALSE && v != null;
        if (v instanceof Number n) {
            if (type == int.class || type == Integer.class) return n.intValue();
            if (type == long.class || type == Long.class) return n.longValue();
            if (type == double.class || type == Double.class) return n.doubleValue();
            if (type == float.class || type == Float.class) return n.floatValue();
            if (type == short.class || type == Short.class) return n.shortValue();
            if (type == byte.class || type == Byte.class) return n.byteValue();
        }
        if ((type == char.class || type == Character.class) && v instanceof Character) return v;
        if (v == null) {
            if (type.isPrimitive()) throw new ClassCastException("a script procedure returned no value where " + type + " is expected");
            return null;
        }
        if (type.isInstance(v)) return v;
        if (!type.isPrimitive()) {
            // what interop converts for Java parameters (lists to List, vectors to arrays, procedures to
            // functional interfaces) it converts for results too
            try {
                return JavaValues.toJava(v, type);
            } catch (RuntimeException e) {
                ClassCastException cce = new ClassCastException("a script procedure returned " + v.getClass().getName()
                        + " where " + type.getName() + " is expected");
                cce.initCause(e);
                throw cce;
            }
        }
        throw new ClassCastException("a script procedure returned " + v.getClass().getName() + " where " + type.getName() + " is expected");
    }

    // ---- for generated interface implementations (InterfaceClasses): an Eshkol value to the return type ----

    /** An Eshkol value converted by {@code JavaValues.toJava}, then fitted to {@code type}. */
    static Object fromScheme(Object v, Class<?> type) { return fit(JavaValues.toJava(v), type); }

    static long asLong(Object v) { return v instanceof Long l ? l : (Long) fromScheme(v, long.class); }

    static int asInt(Object v) { return v instanceof Long l && l == l.intValue() ? (int) (long) l : (Integer) fromScheme(v, int.class); }

    static double asDouble(Object v) { return v instanceof Double d ? d : (Double) fromScheme(v, double.class); }

    static boolean asBoolean(Object v) { return v != Boolean.FALSE && v != Unspecified.VALUE && v != null; }

    static float asFloat(Object v) { return (Float) fromScheme(v, float.class); }

    static short asShort(Object v) { return (Short) fromScheme(v, short.class); }

    static byte asByte(Object v) { return (Byte) fromScheme(v, byte.class); }

    static char asChar(Object v) { return (Character) fromScheme(v, char.class); }
}
