package org.eshkol.engine.interop;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.Unspecified;
import org.eshkol.runtime.num.Ratnum;

/**
 * Eshkol values to Java parameters. {@link #cost} rates how well a value of a given class fits a
 * parameter type (lower is better, {@link #NONE} when it does not fit): overload resolution picks the
 * cheapest method. {@link #converter} is the conversion itself, as a method handle
 * {@code (Object)paramType}. Both depend only on the value's class, so a call site can cache them
 * behind a class guard; the one value-dependent check (an integer out of an {@code int}'s range)
 * raises an Eshkol error at the call.
 */
final class Conversions {
    private Conversions() {}

    static final int NONE = -1;
    /** What any value costs as an {@code Object} parameter: the worst match that still fits. */
    private static final int AS_OBJECT = 8;
    /** From {@link #special}: the value never fits this type (no assignability fallback). */
    private static final int REFUSE = -2;

    static int cost(Class<?> from, Class<?> to) {
        int c = special(from, to);
        if (c == REFUSE) return NONE;
        if (c != NONE) return c;
        if (to.isPrimitive()) return to == primitiveOf(from) ? 0 : NONE;
        if (to == Object.class) return AS_OBJECT;
        if (to.isAssignableFrom(from)) return to == from ? 0 : (to.isInterface() ? 3 : 2);
        return NONE;
    }

    /** The cost for Eshkol value classes that convert, or NONE to fall back to assignability. */
    private static int special(Class<?> from, Class<?> to) {
        if (from == Long.class) {
            if (to == long.class || to == Long.class) return 0;
            if (to == int.class || to == Integer.class) return 1;
            if (to == short.class || to == Short.class || to == byte.class || to == Byte.class) return 2;
            if (to == BigInteger.class) return 3;
            if (to == double.class || to == Double.class) return 4;
            if (to == float.class || to == Float.class) return 5;
            if (to == Number.class) return 6;
        } else if (from == Double.class) {
            if (to == double.class || to == Double.class) return 0;
            if (to == float.class || to == Float.class) return 1;
            if (to == Number.class) return 6;
        } else if (from == BigInteger.class || from == Ratnum.class) {
            if (to == double.class || to == Double.class) return AS_OBJECT + 1; // lossy: only when nothing else fits
        } else if (from == MString.class) {
            if (to == String.class) return 0;
            if (to == CharSequence.class) return 1;
            if (to == Object.class || to == Comparable.class || to == java.io.Serializable.class) return AS_OBJECT;
            return REFUSE;
        } else if (from == Char.class) {
            if (to == char.class || to == Character.class) return 0;
            if (to == Object.class) return AS_OBJECT;
            return REFUSE;
        } else if (from == Boolean.class) {
            if (to == boolean.class || to == Boolean.class) return 0;
        } else if (from == Pair.class || from == Nil.class) {
            if (to == List.class) return 1;
            if (to == Collection.class) return 2;
            if (to == Iterable.class) return 3;
            if (to == Object[].class) return 4;
        } else if (from == Object[].class) {
            if (to == Object[].class) return 1;
            if (to.isArray()) return 2;
            if (to == List.class || to == Collection.class || to == Iterable.class) return 3;
        } else if (from == Bytevector.class) {
            if (to == byte[].class) return 0;
        } else if (from == Unspecified.class) {
            return to.isPrimitive() ? REFUSE : 5;
        } else if (Procedure.class.isAssignableFrom(from)) {
            if (FunctionalAdapters.samOf(to) != null) return 1;
        }
        return NONE;
    }

    private static Class<?> primitiveOf(Class<?> box) {
        return MethodType.methodType(box).unwrap().returnType();
    }

    /** The conversion of a value of class {@code from} to {@code to}: a handle {@code (Object)to}. */
    static MethodHandle converter(Class<?> from, Class<?> to) {
        MethodType type = MethodType.methodType(to, Object.class);
        if (from == Long.class) {
            if (to == int.class || to == Integer.class) return conv("toInt", int.class).asType(type);
            if (to == short.class || to == Short.class) return conv("toShort", short.class).asType(type);
            if (to == byte.class || to == Byte.class) return conv("toByte", byte.class).asType(type);
            if (to == BigInteger.class) return conv("toBigInteger", BigInteger.class);
            if (to == double.class || to == Double.class) return conv("longToDouble", double.class).asType(type);
            if (to == float.class || to == Float.class) return conv("longToFloat", float.class).asType(type);
        } else if (from == Double.class) {
            if (to == float.class || to == Float.class) return conv("doubleToFloat", float.class).asType(type);
        } else if (from == BigInteger.class || from == Ratnum.class) {
            if (to == double.class || to == Double.class) return conv("exactToDouble", double.class).asType(type);
        } else if (from == MString.class) {
            return conv("toJavaString", String.class).asType(type);
        } else if (from == Char.class) {
            return conv("toChar", char.class).asType(type);
        } else if (from == Pair.class || from == Nil.class) {
            if (to.isArray()) return MethodHandles.insertArguments(conv2("listToArray"), 1, to.getComponentType()).asType(type);
            if (!to.isAssignableFrom(from)) return conv("toList", List.class).asType(type);
        } else if (from == Object[].class) {
            if (to.isArray()) return MethodHandles.insertArguments(conv2("vectorToArray"), 1, to.getComponentType()).asType(type);
            if (to == List.class || to == Collection.class || to == Iterable.class) return conv("vectorToList", List.class).asType(type);
        } else if (from == Bytevector.class || from == org.eshkol.runtime.F64vector.class) {
            if (to == byte[].class) return conv("toBytes", byte[].class);
            return conv("pinned", Object.class).asType(type);
        } else if (from == Unspecified.class) {
            return MethodHandles.dropArguments(MethodHandles.constant(to, null), 0, Object.class);
        } else if (Procedure.class.isAssignableFrom(from) && !to.isAssignableFrom(from)) {
            return MethodHandles.insertArguments(conv2("toInterface"), 1, to).asType(type);
        }
        return MethodHandles.identity(Object.class).asType(type);
    }

    /**
     * Converts one value to {@code to} outside a call site (callback results, array elements):
     * for a primitive type, the boxed value. {@code boolean} accepts any value (only #f is false).
     */
    static Object convert(Object v, Class<?> to) {
        if (to == Object.class) return JavaValues.toJava(v);
        if (to == boolean.class || to == Boolean.class) return v != Boolean.FALSE;
        Class<?> from = v.getClass();
        if (cost(from, to) < 0) {
            throw InteropErrors.message("cannot convert " + org.eshkol.runtime.Printer.writeString(v) + " to " + to.getName());
        }
        try {
            return converter(from, to).invoke(v);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** How messages name the class of an Eshkol value: {@code Long}, {@code String}, {@code List}. */
    static String eshkolTypeName(Class<?> c) {
        if (c == MString.class) return "String";
        if (c == Char.class) return "Character";
        if (c == Pair.class || c == Nil.class) return "List";
        if (c == Unspecified.class) return "null";
        if (Procedure.class.isAssignableFrom(c)) return "Procedure";
        return c.getSimpleName();
    }

    // ------------------------------------------------------------------ the conversions

    private static MethodHandle conv(String name, Class<?> ret) {
        try {
            return MethodHandles.lookup().findStatic(Conversions.class, name, MethodType.methodType(ret, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MethodHandle conv2(String name) {
        try {
            return MethodHandles.lookup().findStatic(Conversions.class, name,
                    MethodType.methodType(Object.class, Object.class, Class.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static int toInt(Object o) {
        long v = (Long) o;
        if ((int) v != v) throw outOfRange(v, "int");
        return (int) v;
    }

    static short toShort(Object o) {
        long v = (Long) o;
        if ((short) v != v) throw outOfRange(v, "short");
        return (short) v;
    }

    static byte toByte(Object o) {
        long v = (Long) o;
        if ((byte) v != v) throw outOfRange(v, "byte");
        return (byte) v;
    }

    private static RuntimeException outOfRange(long v, String type) {
        return InteropErrors.message(v + " is out of range for " + type);
    }

    static BigInteger toBigInteger(Object o) { return BigInteger.valueOf((Long) o); }

    static double longToDouble(Object o) { return (double) (long) (Long) o; }

    static float longToFloat(Object o) { return (float) (long) (Long) o; }

    static float doubleToFloat(Object o) { return (float) (double) (Double) o; }

    static double exactToDouble(Object o) {
        return o instanceof Ratnum r ? r.toDouble() : ((BigInteger) o).doubleValue();
    }

    static String toJavaString(Object o) { return o.toString(); }

    static char toChar(Object o) {
        int cp = ((Char) o).codePoint;
        if (cp > 0xFFFF) throw InteropErrors.message("character U+" + Integer.toHexString(cp).toUpperCase() + " does not fit in a char");
        return (char) cp;
    }

    /** The bytevector's own array (moved to the heap first if it lives in a region), so Java's writes show. */
    /** An arena value handed to Java as itself: moved to the heap first, since Java may keep it. */
    static Object pinned(Object o) {
        ((org.eshkol.runtime.region.ArenaValue) o).pinToHeap();
        return o;
    }

    static byte[] toBytes(Object o) {
        Bytevector b = (Bytevector) o;
        b.pinToHeap();
        return b.array();
    }

    static List<Object> toList(Object o) {
        List<Object> out = new java.util.ArrayList<>();
        Object p = o;
        for (; p instanceof Pair pair; p = pair.cdr) out.add(JavaValues.toJava(pair.car));
        if (p != Nil.NIL) throw InteropErrors.message("not a proper list: " + org.eshkol.runtime.Printer.writeString(o));
        return out;
    }

    static Object listToArray(Object o, Class<?> component) {
        return vectorToArray(toList(o).toArray(), component);
    }

    static List<Object> vectorToList(Object o) {
        Object[] v = (Object[]) o;
        List<Object> out = new java.util.ArrayList<>(v.length);
        for (Object x : v) out.add(JavaValues.toJava(x));
        return out;
    }

    static Object vectorToArray(Object o, Class<?> component) {
        Object[] v = (Object[]) o;
        Object array = java.lang.reflect.Array.newInstance(component, v.length);
        for (int i = 0; i < v.length; i++) java.lang.reflect.Array.set(array, i, convert(v[i], component));
        return array;
    }

    static Object toInterface(Object o, Class<?> iface) { return FunctionalAdapters.adapt((Procedure) o, iface); }
}
