package org.eshkol.engine.interop;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Unspecified;

/**
 * What one interop symbol does for a given shape of arguments: resolves the class (once), the
 * member and the overload, applies the class filter, and returns a handle
 * {@code (Object, ...)Object} for that shape ({@link #handleFor}), or the handle of a bare reference
 * ({@link #valueHandle}). Failures raise Eshkol errors; nothing is cached here (the call sites and
 * {@link JavaProcedure} cache the handles).
 */
final class Linkage {
    private final String symbol;
    private final InteropSyntax.Ref ref;
    private final ClassResolver resolver;
    private volatile Class<?> owner;

    Linkage(String symbol, InteropSyntax.Ref ref, ClassResolver resolver) {
        this.symbol = symbol;
        this.ref = ref;
        this.resolver = resolver;
    }

    String symbol() { return symbol; }

    private Class<?> owner() {
        Class<?> c = owner;
        if (c == null) owner = c = resolver.resolve(ref.className());
        return c;
    }

    /** The handle for arguments of exactly these classes (receiver first for instance members). */
    MethodHandle handleFor(Class<?>[] args) {
        return switch (ref.kind()) {
            case STATIC -> staticCall(args);
            case CONSTRUCTOR -> constructorCall(args);
            case STATIC_FIELD_SET -> fieldSet(staticField(), false, args);
            case INSTANCE -> instanceCall(args);
            case INSTANCE_FIELD_GET -> fieldGet(args);
            case INSTANCE_FIELD_SET -> fieldSet(instanceField(args, 2), true, args);
        };
    }

    /**
     * A bare reference: {@code Class:FIELD} reads the static field; anything else is a procedure
     * that does what a call of the symbol does. A handle {@code ()Object}.
     */
    MethodHandle valueHandle() {
        if (ref.kind() == InteropSyntax.Kind.STATIC) {
            Class<?> c = owner();
            Field f = publicField(c, ref.member());
            if (f != null && Modifier.isStatic(f.getModifiers())) {
                try {
                    MethodHandle getter = Invokers.result(MethodHandles.publicLookup().unreflectGetter(f));
                    if (Modifier.isFinal(f.getModifiers())) return MethodHandles.constant(Object.class, (Object) getter.invoke());
                    return Invokers.guardExceptions(getter, c.getName() + "." + ref.member());
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable t) {
                    throw InteropErrors.thrown(c.getName() + "." + ref.member(), t);
                }
            }
            if (methods(c, ref.member(), true).isEmpty()) throw InteropErrors.noField(ref.member(), c);
        } else if (ref.kind() != InteropSyntax.Kind.INSTANCE && ref.kind() != InteropSyntax.Kind.INSTANCE_FIELD_GET
                && ref.kind() != InteropSyntax.Kind.INSTANCE_FIELD_SET) {
            owner();
        }
        return MethodHandles.constant(Object.class, new JavaProcedure(this));
    }

    // ------------------------------------------------------------------ calls

    private MethodHandle staticCall(Class<?>[] args) {
        Class<?> c = owner();
        List<Method> candidates = methods(c, ref.member(), true);
        if (candidates.isEmpty() && args.length == 0 && publicField(c, ref.member()) != null) return valueHandle();
        Overloads.Choice choice = Overloads.choose(candidates, args);
        if (choice == null) throw InteropErrors.noMember("method", ref.member(), args, c);
        Invokers.Access a = Invokers.method((Method) choice.executable(), c);
        return Invokers.adapt(a.handle(), choice.executable(), choice.spread(), false, args, c.getName() + "." + ref.member());
    }

    private MethodHandle constructorCall(Class<?>[] args) {
        Class<?> c = owner();
        List<Executable> candidates = Overloads.ordered(Arrays.<Executable>asList(c.getConstructors()));
        Overloads.Choice choice = Modifier.isAbstract(c.getModifiers()) ? null : Overloads.choose(candidates, args);
        if (choice == null) throw InteropErrors.noMember("constructor", c.getSimpleName(), args, c);
        Invokers.Access a = Invokers.constructor((java.lang.reflect.Constructor<?>) choice.executable());
        return Invokers.adapt(a.handle(), choice.executable(), choice.spread(), false, args, c.getName() + ".new");
    }

    private MethodHandle instanceCall(Class<?>[] args) {
        Class<?> c = receiverClass(args);
        Class<?>[] rest = Arrays.copyOfRange(args, 1, args.length);
        Overloads.Choice choice = Overloads.choose(methods(c, ref.member(), false), rest);
        if (choice == null) throw InteropErrors.noMember("method", ref.member(), rest, c);
        Invokers.Access a = Invokers.method((Method) choice.executable(), c);
        checkInstance(c, a.via());
        return Invokers.adapt(a.handle(), choice.executable(), choice.spread(), true, args, a.via().getName() + "." + ref.member());
    }

    // ------------------------------------------------------------------ fields

    private Field staticField() {
        Class<?> c = owner();
        Field f = publicField(c, ref.member());
        if (f == null || !Modifier.isStatic(f.getModifiers())) throw InteropErrors.noField(ref.member(), c);
        return f;
    }

    private Field instanceField(Class<?>[] args, int arity) {
        if (args.length != arity) {
            throw InteropErrors.message(symbol + ": wrong number of arguments: expected " + arity + ", got " + args.length);
        }
        Class<?> c = receiverClass(args);
        Field f = publicField(c, ref.member());
        if (f == null || Modifier.isStatic(f.getModifiers())) throw InteropErrors.noField(ref.member(), c);
        checkInstance(c, f.getDeclaringClass());
        return f;
    }

    private MethodHandle fieldGet(Class<?>[] args) {
        Field f = instanceField(args, 1);
        try {
            MethodHandle getter = MethodHandles.publicLookup().unreflectGetter(f);
            return Invokers.result(MethodHandles.filterArguments(getter, 0,
                    MethodHandles.identity(Object.class).asType(MethodType.methodType(f.getDeclaringClass(), Object.class))));
        } catch (IllegalAccessException e) {
            throw InteropErrors.message("field " + f.getName() + " of " + f.getDeclaringClass().getName() + " is not accessible");
        }
    }

    private MethodHandle fieldSet(Field f, boolean instance, Class<?>[] args) {
        if (!instance && args.length != 1) {
            throw InteropErrors.message(symbol + ": wrong number of arguments: expected 1, got " + args.length);
        }
        if (Modifier.isFinal(f.getModifiers())) {
            throw InteropErrors.message("field " + f.getName() + " of " + f.getDeclaringClass().getName() + " is final");
        }
        if (Conversions.cost(args[args.length - 1], f.getType()) < 0) {
            throw InteropErrors.message("cannot set field " + f.getName() + " of type " + f.getType().getName()
                    + " to a " + Conversions.eshkolTypeName(args[args.length - 1]));
        }
        try {
            MethodHandle setter = MethodHandles.publicLookup().unreflectSetter(f);
            MethodHandle value = Conversions.converter(args[args.length - 1], f.getType());
            MethodHandle h = instance
                    ? MethodHandles.filterArguments(setter, 0,
                            MethodHandles.identity(Object.class).asType(MethodType.methodType(f.getDeclaringClass(), Object.class)), value)
                    : MethodHandles.filterArguments(setter, 0, value);
            return Invokers.result(h);
        } catch (IllegalAccessException e) {
            throw InteropErrors.message("field " + f.getName() + " of " + f.getDeclaringClass().getName() + " is not accessible");
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The Java class whose members an instance reference uses: strings are {@code String}. */
    private Class<?> receiverClass(Class<?>[] args) {
        if (args.length == 0) throw InteropErrors.message(symbol + " needs an object as its first argument");
        Class<?> c = args[0];
        if (c == MString.class) return String.class;
        if (c == Char.class) return Character.class;
        if (c == Unspecified.class) throw InteropErrors.message(symbol + " called on null (the unspecified value)");
        return c;
    }

    /** Instance members are allowed when the filter allows the receiver's class or the type used. */
    private void checkInstance(Class<?> receiver, Class<?> via) {
        ClassFilter f = resolver.filter();
        if (!f.allows(receiver.getName()) && !f.allows(via.getName())) throw InteropErrors.refused(receiver.getName());
    }

    private static Field publicField(Class<?> c, String name) {
        try {
            return c.getField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static List<Method> methods(Class<?> c, String name, boolean statics) {
        List<Method> out = new ArrayList<>();
        for (Method m : c.getMethods()) {
            if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers()) == statics && !m.isBridge()) out.add(m);
        }
        return Overloads.ordered(out);
    }
}
