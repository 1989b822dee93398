package org.eshkol.engine.jsr223;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javax.script.ScriptException;
import org.eshkol.runtime.Global;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.Symbol;
import org.eshkol.runtime.data.HashTable;

/**
 * Implementations of Java interfaces by script procedures ({@code Invocable.getInterface}): each
 * abstract method calls the procedure of the same name, or of its kebab-case spelling
 * ({@code applyAsInt} finds {@code apply-as-int}). Default methods keep their Java bodies;
 * {@code equals}, {@code hashCode} and {@code toString} are those of the proxy object. A failure of
 * the procedure reaches the caller as the {@link ScriptException} when the method declares it, else
 * wrapped in an {@code UndeclaredThrowableException}.
 */
final class InterfaceProxies {
    private InterfaceProxies() {}

    /** Calls a procedure with Java arguments, in an evaluation of the engine; returns a Java value. */
    interface Caller {
        Object call(Procedure p, String name, Object[] args) throws ScriptException;
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
        Map<Method, Object> targets = new HashMap<>();
        for (Method m : abstractMethods(iface)) {
            Global found = null;
            for (String n : candidates(m.getName())) {
                Global g = cells.apply(n);
                if (g != null && g.value instanceof Procedure) {
                    found = g;
                    break;
                }
            }
            if (found == null) return null;
            targets.put(m, found);
        }
        return make(iface, targets, caller);
    }

    /** An implementation whose methods call the procedures stored in a hash table, or null. */
    static <T> T ofTable(Class<T> iface, HashTable table, Caller caller) {
        Map<Method, Object> targets = new HashMap<>();
        for (Method m : abstractMethods(iface)) {
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
            targets.put(m, found);
        }
        return make(iface, targets, caller);
    }

    private static Iterable<Method> abstractMethods(Class<?> iface) {
        if (!iface.isInterface()) throw new IllegalArgumentException(iface.getName() + " is not an interface");
        java.util.List<Method> out = new java.util.ArrayList<>();
        for (Method m : iface.getMethods()) {
            if (Modifier.isAbstract(m.getModifiers()) && !isObjectMethod(m)) out.add(m);
        }
        return out;
    }

    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static <T> T make(Class<T> iface, Map<Method, Object> targets, Caller caller) {
        InvocationHandler h = (proxy, method, args) -> {
            Object target = targets.get(method);
            if (target == null) return objectMethod(proxy, iface, method, args);
            Procedure p;
            if (target instanceof Global g) {
                if (!(g.value instanceof Procedure gp)) throw new IllegalStateException(g.name + " is no longer a procedure");
                p = gp;
            } else {
                p = (Procedure) target;
            }
            Object r = caller.call(p, method.getName(), args == null ? new Object[0] : args);
            return JavaResults.fit(r, method.getReturnType());
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
