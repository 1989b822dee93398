package org.eshkol.engine.builtins;

import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eshkol.runtime.lib.BuiltinIndex;

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
        static final BuiltinRegistry STANDARD = StandardLibraries.registry();
    }

    /** The registry of the runtime's libraries plus the engine's own. */
    public static BuiltinRegistry standard() { return Holder.STANDARD; }

    /**
     * The registry of the given index entries (from {@link BuiltinIndex}); field values are read now,
     * method classes are loaded only when first called.
     */
    static BuiltinRegistry of(BuiltinIndex.Entries entries) {
        Map<String, BuiltinInfo> map = new HashMap<>();
        Map<String, Object> values = new HashMap<>();
        for (BuiltinIndex.MethodEntry m : entries.methods()) {
            map.computeIfAbsent(m.name(), BuiltinInfo::new).add(BuiltinMethod.of(m.owner(), m.method(), m.descriptor(), m.tail()));
        }
        for (BuiltinIndex.FieldEntry f : entries.fields()) {
            try {
                java.lang.reflect.Field field = Class.forName(f.owner(), true, BuiltinRegistry.class.getClassLoader())
                        .getField(f.field());
                if (!Modifier.isFinal(field.getModifiers())) throw new IllegalStateException("builtin value must be final: " + field);
                values.put(f.name(), field.get(null));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("builtin value not found: " + f, e);
            }
        }
        return new BuiltinRegistry(Collections.unmodifiableMap(map), Collections.unmodifiableMap(values));
    }

    /** The registry of classes scanned by reflection (what the build-time index records). */
    public static BuiltinRegistry scan(List<Class<?>> classes) { return of(BuiltinIndex.scan(classes)); }

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
