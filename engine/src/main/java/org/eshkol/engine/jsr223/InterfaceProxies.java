package org.eshkol.engine.jsr223;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.script.ScriptException;
import org.eshkol.engine.interop.JavaValues;
import org.eshkol.runtime.Global;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.Symbol;
import org.eshkol.runtime.data.HashTable;

/**
 * Implementations of Java interfaces by script procedures ({@code Invocable.getInterface}): each
 * abstract method calls the procedure of the same name, or of its kebab-case spelling
 * ({@code applyAsInt} finds {@code apply-as-int}). The implementation is an instance of a class
 * generated per interface ({@link InterfaceClasses}), or a {@code java.lang.reflect.Proxy} for an
 * interface that cannot be implemented from this package. Default methods keep their Java bodies;
 * {@code equals}, {@code hashCode} and {@code toString} are those of the proxy object. A failure of
 * the procedure reaches the caller as the {@link ScriptException} when the method declares it, else
 * wrapped in an {@code UndeclaredThrowableException}.
 */
final class InterfaceProxies {
    private InterfaceProxies() {}

    /** Calls a procedure with Eshkol arguments, in an evaluation of the engine; returns its Eshkol value. */
    interface Caller {
        Object call(Procedure p, Object[] schemeArgs) throws ScriptException;

        /** The same with {@code argc} (0, 1 or 2) arguments and no array. */
        Object call(Procedure p, int argc, Object a, Object b) throws ScriptException;
    }

    /** The kebab-case spelling of a Java method name: {@code applyAsInt} -> {@code apply-as-int}. */
    static String kebab(String javaName) {
        StringBuilder sb = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) sb.append('-');
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The names a method's procedure may have, in the order they are tried. */
    static String[] candidates(String javaName) {
        String k = kebab(javaName);
        return k.equals(javaName) ? new String[] {javaName} : new String[] {javaName, k};
    }

    /**
     * An implementation whose methods call procedures in global cells (read at each call, so a
     * redefinition is seen), or null when some abstract method has no procedure.
     */
    static <T> T ofGlobals(Class<T> iface, Function<String, Global> cells, Caller caller) {
        List<Method> methods = methods(iface);
        Object[] targets = new Object[methods.size()];
        for (int i = 0; i < targets.length; i++) {
            Method m = methods.get(i);
            Global found = null;
            for (String n : candidates(m.getName())) {
                Global g = cells.apply(n);
                if (g != null && g.value instanceof Procedure) {
                    found = g;
                    break;
                }
            }
            if (found == null) return null;
            targets[i] = found;
        }
        return make(iface, methods, targets, caller);
    }

    /** An implementation whose methods call the procedures stored in a hash table, or null. */
    static <T> T ofTable(Class<T> iface, HashTable table, Caller caller) {
        List<Method> methods = methods(iface);
        Object[] targets = new Object[methods.size()];
        for (int i = 0; i < targets.length; i++) {
            Method m = methods.get(i);
            Procedure found = null;
            for (String n : candidates(m.getName())) {
                Object v = table.get(Symbol.intern(n));
                if (v == null) v = table.get(MString.literal(n));
                if (v instanceof Procedure p) {
                    found = p;
                    break;
                }
            }
            if (found == null) return null;
            targets[i] = found;
        }
        return make(iface, methods, targets, caller);
    }

    /** The abstract methods as the generated class numbers them (the same order when falling back to a proxy). */
    private static List<Method> methods(Class<?> iface) {
        List<Method> generated = InterfaceClasses.methods(iface);
        return generated != null ? generated : abstractMethods(iface);
    }

    /** The abstract methods of an interface that are not {@code Object}'s, one per name and descriptor. */
    static List<Method> abstractMethods(Class<?> iface) {
        if (!iface.isInterface()) throw new IllegalArgumentException(iface.getName() + " is not an interface");
        Map<String, Method> out = new LinkedHashMap<>();
        for (Method m : iface.getMethods()) {
            if (Modifier.isAbstract(m.getModifiers()) && !org.eshkol.engine.interop.ObjectMethods.declares(m)) out.putIfAbsent(m.getName() + MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString(), m);
        }
        return List.copyOf(out.values());
    }

    private static <T> T make(Class<T> iface, List<Method> methods, Object[] targets, Caller caller) {
        boolean[] declares = new boolean[methods.size()];
        for (int i = 0; i < declares.length; i++) {
            for (Class<?> x : methods.get(i).getExceptionTypes()) declares[i] |= x.isAssignableFrom(ScriptException.class);
        }
        InterfaceCalls calls = new InterfaceCalls(targets, declares, caller);
        Object generated = InterfaceClasses.instance(iface, calls);
        if (generated != null) return iface.cast(generated);
        Map<Method, Integer> index = new HashMap<>();
        for (int i = 0; i < methods.size(); i++) index.put(methods.get(i), i);
        InvocationHandler h = (proxy, method, args) -> {
            Integer i = index.get(method);
            if (i == null) return objectMethod(proxy, iface, method, args);
            Object[] a = new Object[args == null ? 0 : args.length];
            for (int j = 0; j < a.length; j++) a[j] = JavaValues.toScheme(args[j]);
            return JavaResults.fit(JavaValues.toJava(calls.call(i, a)), method.getReturnType());
        };
        return iface.cast(Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, h));
    }

    private static Object objectMethod(Object proxy, Class<?> iface, Method method, Object[] args) throws Throwable {
        if (method.isDefault()) return InvocationHandler.invokeDefault(proxy, method, args);
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> "Eshkol implementation of " + iface.getName();
            default -> throw new UnsupportedOperationException(method.toString());
        };
    }
}
