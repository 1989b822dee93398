package org.eshkol.engine.interop;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eshkol.runtime.Unspecified;

/**
 * Method handles for chosen Java members, adapted to the shape of an interop call site:
 * {@code (Object, ...)Object} taking Eshkol values and returning one. Arguments go through the
 * {@link Conversions} for their classes, the result through {@link JavaValues#toSchemeHandle}, and
 * a Java exception becomes an Eshkol error ({@link InteropErrors#thrown}). Members are reached with
 * the public lookup only: public members of public classes in exported packages; a public method
 * of a non-public class is called through a public supertype that has it.
 */
final class Invokers {
    private Invokers() {}

    private static final MethodHandles.Lookup PUBLIC = MethodHandles.publicLookup();
    private static final MethodHandle RETHROW;
    private static final MethodHandle UNSPECIFIED = MethodHandles.constant(Object.class, Unspecified.VALUE);

    static {
        try {
            RETHROW = MethodHandles.lookup().findStatic(Invokers.class, "rethrow",
                    MethodType.methodType(Object.class, String.class, Throwable.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A method or constructor handle and the public type it is reached through. */
    record Access(MethodHandle handle, Class<?> via) {}

    /** The handle of a constructor. */
    static Access constructor(Constructor<?> c) {
        try {
            return new Access(PUBLIC.unreflectConstructor(c), c.getDeclaringClass());
        } catch (IllegalAccessException e) {
            throw InteropErrors.message("constructor of " + c.getDeclaringClass().getName() + " is not accessible");
        }
    }

    /** The handle of a method found among {@code owner.getMethods()}. */
    static Access method(Method m, Class<?> owner) {
        try {
            return new Access(PUBLIC.unreflect(m), m.getDeclaringClass());
        } catch (IllegalAccessException e) {
            // declared in a non-public class: call it through a public supertype that has it
        }
        boolean isStatic = Modifier.isStatic(m.getModifiers());
        for (Class<?> t : publicSupertypes(owner)) {
            try {
                Method mm = t.getMethod(m.getName(), m.getParameterTypes());
                MethodType type = MethodType.methodType(mm.getReturnType(), mm.getParameterTypes());
                MethodHandle h = isStatic ? PUBLIC.findStatic(t, m.getName(), type) : PUBLIC.findVirtual(t, m.getName(), type);
                return new Access(h, t);
            } catch (NoSuchMethodException | IllegalAccessException e) {
                // try the next supertype
            }
        }
        throw InteropErrors.message("method " + m.getName() + " of " + owner.getName() + " is not accessible");
    }

    /** {@code c}, its superclasses and interfaces that are public and exported, nearest first. */
    static List<Class<?>> publicSupertypes(Class<?> c) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        ArrayDeque<Class<?>> queue = new ArrayDeque<>();
        for (Class<?> k = c; k != null; k = k.getSuperclass()) queue.add(k);
        while (!queue.isEmpty()) {
            Class<?> k = queue.poll();
            if (!seen.add(k)) continue;
            for (Class<?> i : k.getInterfaces()) queue.add(i);
        }
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> k : seen) {
            if (Modifier.isPublic(k.getModifiers()) && k.getModule().isExported(k.getPackageName())) out.add(k);
        }
        return out;
    }

    /**
     * Adapts {@code target} (the member's own type, receiver first for instance methods) to take
     * Eshkol values of classes {@code args} and return an Eshkol value.
     *
     * @param chosen      the executable, to know its varargs parameter
     * @param spread      whether the trailing arguments are collected into the varargs array
     * @param receiver    whether {@code args[0]} is the receiver of an instance method
     * @param where       how exceptions name the member ({@code java.lang.Integer.parseInt})
     */
    static MethodHandle adapt(MethodHandle target, Executable chosen, boolean spread, boolean receiver,
                              Class<?>[] args, String where) {
        MethodHandle h = target.asFixedArity();
        Class<?>[] params = chosen.getParameterTypes();
        int first = receiver ? 1 : 0;
        if (spread) {
            Class<?> array = params[params.length - 1];
            h = h.asCollector(array, args.length - first - (params.length - 1));
        }
        MethodType type = h.type();
        MethodHandle[] in = new MethodHandle[args.length];
        for (int i = 0; i < args.length; i++) {
            Class<?> to = type.parameterType(i);
            in[i] = receiver && i == 0 ? receiverConverter(args[0], to) : Conversions.converter(args[i], to);
        }
        h = MethodHandles.filterArguments(h, 0, in);
        h = result(h);
        return guardExceptions(h, where);
    }

    /** {@code h} returning an Eshkol value: converted, or unspecified for {@code void}. */
    static MethodHandle result(MethodHandle h) {
        Class<?> ret = h.type().returnType();
        if (ret == void.class) return MethodHandles.collectArguments(UNSPECIFIED, 0, h);
        return MethodHandles.filterReturnValue(h, JavaValues.toSchemeHandle(ret));
    }

    /** {@code h} with Java exceptions (not the engine's own) turned into Eshkol errors. */
    static MethodHandle guardExceptions(MethodHandle h, String where) {
        MethodHandle handler = MethodHandles.insertArguments(RETHROW, 0, where).asType(
                MethodType.methodType(h.type().returnType(), Throwable.class));
        return MethodHandles.catchException(h, Throwable.class, handler);
    }

    private static MethodHandle receiverConverter(Class<?> from, Class<?> to) {
        if (from == org.eshkol.runtime.MString.class || from == org.eshkol.runtime.Char.class) {
            return Conversions.converter(from, from == org.eshkol.runtime.Char.class ? char.class : String.class)
                    .asType(MethodType.methodType(to, Object.class));
        }
        return MethodHandles.identity(Object.class).asType(MethodType.methodType(to, Object.class));
    }

    private static Object rethrow(String where, Throwable t) throws Throwable {
        if (t instanceof Error || t.getClass().getName().startsWith("org.eshkol.")) throw t;
        throw InteropErrors.thrown(where, t);
    }
}
