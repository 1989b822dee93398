package org.eshkol.engine.builtins;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eshkol.runtime.Builtin;

/**
 * Every builtin procedure, found by scanning classes for {@link Builtin} methods. Immutable after
 * construction and shared by all engines of a JVM ({@link #standard()}).
 */
public final class BuiltinRegistry {
    private final Map<String, BuiltinInfo> byName;
    private final Map<String, Object> values;

    private BuiltinRegistry(Map<String, BuiltinInfo> byName, Map<String, Object> values) {
        this.byName = byName;
        this.values = values;
    }

    private static final class Holder {
        static final BuiltinRegistry STANDARD = scan(StandardLibraries.classes());
    }

    /** The registry of the runtime's libraries plus the engine's own. */
    public static BuiltinRegistry standard() { return Holder.STANDARD; }

    public static BuiltinRegistry scan(List<Class<?>> classes) {
        Map<String, BuiltinInfo> map = new HashMap<>();
        Map<String, Object> values = new HashMap<>();
        for (Class<?> c : classes) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                Builtin b = f.getAnnotation(Builtin.class);
                if (b == null) continue;
                int mods = f.getModifiers();
                if (!Modifier.isStatic(mods) || !Modifier.isFinal(mods) || !Modifier.isPublic(mods))
                    throw new IllegalStateException("builtin value must be public static final: " + f);
                try {
                    for (String name : b.value()) values.put(name, f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("builtin value not accessible: " + f, e);
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                Builtin b = m.getAnnotation(Builtin.class);
                if (b == null) continue;
                check(m);
                for (String name : b.value()) map.computeIfAbsent(name, BuiltinInfo::new).add(m);
            }
        }
        return new BuiltinRegistry(Collections.unmodifiableMap(map), Collections.unmodifiableMap(values));
    }

    private static void check(Method m) {
        if (!Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getModifiers()))
            throw new IllegalStateException("builtin must be public static: " + m);
        Class<?>[] ps = m.getParameterTypes();
        for (int i = 0; i < ps.length; i++) {
            boolean ok = ps[i] == Object.class || (i == ps.length - 1 && ps[i] == Object[].class);
            if (!ok) throw new IllegalStateException("builtin parameter must be Object or trailing Object[]: " + m);
        }
        Class<?> r = m.getReturnType();
        if (r != Object.class && r != boolean.class && r != void.class)
            throw new IllegalStateException("builtin must return Object, boolean or void: " + m);
    }

    /** The builtin of that name, or null. */
    public BuiltinInfo get(String name) { return byName.get(name); }

    public Iterable<BuiltinInfo> all() { return byName.values(); }

    /** Globals whose value is an object declared by a {@code @Builtin} field. */
    public Map<String, Object> values() { return values; }

    private final java.util.concurrent.ConcurrentHashMap<String, BuiltinProcedure> procedures =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The one procedure object of a builtin, shared by every environment. */
    public BuiltinProcedure procedure(BuiltinInfo info) {
        return procedures.computeIfAbsent(info.name(), n -> new BuiltinProcedure(info));
    }

    /**
     * The value a global of this name starts with in a new environment: the object of a
     * {@code @Builtin} field, else the builtin procedure, else null. Names starting with {@code %}
     * are the expander's private helpers and are not globals.
     */
    public Object initialValue(String name) {
        Object v = values.get(name);
        if (v != null) return v;
        BuiltinInfo info = byName.get(name);
        return info == null || name.startsWith("%") ? null : procedure(info);
    }
}
