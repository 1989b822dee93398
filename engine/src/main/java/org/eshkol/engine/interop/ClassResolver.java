package org.eshkol.engine.interop;

/**
 * Finds the class an interop symbol names, and applies the class filter. A name with a dot is fully
 * qualified ({@code java.util.ArrayList}; nested classes as {@code java.util.Map$Entry} or
 * {@code java.util.Map.Entry}); a simple name is looked up in {@code java.lang}.
 */
final class ClassResolver {
    private final ClassLoader loader;
    private final ClassFilter filter;

    ClassResolver(ClassLoader loader, ClassFilter filter) {
        this.loader = loader;
        this.filter = filter;
    }

    ClassFilter filter() { return filter; }

    /** The class, or raises {@code unknown class} / {@code not allowed}. */
    Class<?> resolve(String name) {
        Class<?> c = find(name.indexOf('.') < 0 ? "java.lang." + name : name);
        if (c == null) throw InteropErrors.unknownClass(name);
        check(c);
        return c;
    }

    /** Raises {@code class X is not allowed} unless the filter allows {@code c}. */
    void check(Class<?> c) {
        if (!filter.allows(c.getName())) throw InteropErrors.refused(c.getName());
    }

    private Class<?> find(String name) {
        String n = name;
        while (true) {
            Class<?> c = load(n);
            if (c != null) return c;
            int dot = n.lastIndexOf('.');
            if (dot < 0) return null;
            n = n.substring(0, dot) + '$' + n.substring(dot + 1);
        }
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            if (context == null || context == loader) return null;
            try {
                return Class.forName(name, false, context);
            } catch (ClassNotFoundException | LinkageError e2) {
                return null;
            }
        }
    }
}
