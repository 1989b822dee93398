package org.eshkol.engine.builtins;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eshkol.runtime.lib.BuiltinIndex;

/**
 * Every builtin procedure and builtin value, by name. Immutable in meaning and shared by all engines
 * of a JVM ({@link #standard()}). The standard registry comes from the index files the build wrote
 * ({@link IndexLines}): start-up only groups their lines by name; a name's methods are parsed when
 * the compiler first asks for it, a value's field read when first needed, and no builtin class is
 * loaded before a script calls it.
 */
public final class BuiltinRegistry {
    private final Map<String, BuiltinInfo> byName = new ConcurrentHashMap<>();
    private final Map<String, Object> values = new ConcurrentHashMap<>();
    /** Index lines not parsed yet, by name (read-only after construction). */
    private final IndexLines lines;

    private BuiltinRegistry(IndexLines lines) { this.lines = lines; }

    private static final class Holder {
        static final BuiltinRegistry STANDARD = StandardLibraries.registry();
    }

    /** The registry of the runtime's libraries plus the engine's own. */
    public static BuiltinRegistry standard() { return Holder.STANDARD; }

    /** The registry of index lines; parsed name by name, on demand. */
    static BuiltinRegistry of(IndexLines lines) { return new BuiltinRegistry(lines); }

    /** The registry of the given index entries (from {@link BuiltinIndex}). */
    static BuiltinRegistry of(BuiltinIndex.Entries entries) {
        try {
            return of(IndexLines.of(entries));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("bad builtin entries", e); // a name or class with a tab or newline
        }
    }

    /** The registry of classes scanned by reflection (what the build-time index records). */
    public static BuiltinRegistry scan(List<Class<?>> classes) { return of(BuiltinIndex.scan(classes)); }

    /** The builtin of that name, or null. */
    public BuiltinInfo get(String name) {
        BuiltinInfo info = byName.get(name);
        return info != null ? info : parse(name);
    }

    private BuiltinInfo parse(String name) {
        List<String[]> methods = lines.methods(name);
        if (methods == null) return null;
        BuiltinInfo info = new BuiltinInfo(name);
        for (String[] m : methods) info.add(BuiltinMethod.of(m[0], m[1], m[2], m[3].equals("1")));
        BuiltinInfo raced = byName.putIfAbsent(name, info);
        return raced != null ? raced : info;
    }

    /** Every builtin procedure (parses what was not parsed yet). */
    public Iterable<BuiltinInfo> all() {
        for (String name : lines.methodNames()) get(name);
        return byName.values();
    }

    /** Whether the global {@code name} starts as an object declared by a {@code @Builtin} field. */
    public boolean isValue(String name) { return lines.field(name) != null; }

    /** The object of the {@code @Builtin} field named {@code name} (its class initialised now), or null. */
    public Object value(String name) {
        Object v = values.get(name);
        if (v != null) return v;
        String[] f = lines.field(name);
        if (f == null) return null;
        try {
            java.lang.reflect.Field field = Class.forName(f[0], true, BuiltinRegistry.class.getClassLoader()).getField(f[1]);
            if (!Modifier.isFinal(field.getModifiers())) throw new IllegalStateException("builtin value must be final: " + field);
            v = field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("builtin value not found: " + name + " = " + f[0] + "." + f[1], e);
        }
        Object raced = values.putIfAbsent(name, v);
        return raced != null ? raced : v;
    }

    private final ConcurrentHashMap<String, BuiltinProcedure> procedures = new ConcurrentHashMap<>();

    /** The one procedure object of a builtin, shared by every environment. */
    public BuiltinProcedure procedure(BuiltinInfo info) {
        BuiltinProcedure p = procedures.get(info.name());
        if (p != null) return p;
        BuiltinProcedure made = new BuiltinProcedure(info);
        p = procedures.putIfAbsent(info.name(), made);
        return p != null ? p : made;
    }

    /**
     * The value a global of this name starts with in a new environment: the object of a
     * {@code @Builtin} field, else the builtin procedure, else null. Names starting with {@code %}
     * are the expander's private helpers and are not globals.
     */
    public Object initialValue(String name) {
        if (isValue(name)) return value(name);
        BuiltinInfo info = get(name);
        return info == null || name.startsWith("%") ? null : procedure(info);
    }
}
