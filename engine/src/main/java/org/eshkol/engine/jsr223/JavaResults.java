package org.eshkol.engine.jsr223;

/**
 * Fits a value returned by a script procedure (already converted by {@code JavaValues.toJava}) to
 * the return type of the Java method it implements: numbers narrow or widen to the primitive or box
 * asked for, {@code boolean} follows Eshkol truth (everything but {@code #f} is true), {@code void}
 * discards the value.
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
                return org.eshkol.engine.interop.JavaValues.toJava(v, type);
            } catch (RuntimeException e) {
                ClassCastException cce = new ClassCastException("a script procedure returned " + v.getClass().getName()
                        + " where " + type.getName() + " is expected");
                cce.initCause(e);
                throw cce;
            }
        }
        throw new ClassCastException("a script procedure returned " + v.getClass().getName() + " where " + type.getName() + " is expected");
    }

    // ---- for generated interface implementations (InterfaceClasses): fit to a primitive return type ----

    static long asLong(Object v) { return v instanceof Long l ? l : (Long) fit(v, long.class); }

    static int asInt(Object v) { return v instanceof Long l && l == l.intValue() ? (int) (long) l : (Integer) fit(v, int.class); }

    static double asDouble(Object v) { return v instanceof Double d ? d : (Double) fit(v, double.class); }

    static boolean asBoolean(Object v) { return v != Boolean.FALSE && v != null; }

    static float asFloat(Object v) { return (Float) fit(v, float.class); }

    static short asShort(Object v) { return (Short) fit(v, short.class); }

    static byte asByte(Object v) { return (Byte) fit(v, byte.class); }

    static char asChar(Object v) { return (Character) fit(v, char.class); }
}
