package org.eshkol.engine.codegen;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import org.eshkol.runtime.Global;

/**
 * The classes and constants of one compiled program. {@link #load(ClassLoader)} defines them in a
 * fresh {@link ScriptLoader} and returns the top-level forms as method handles, in order.
 */
public record CompiledUnit(String className, Map<String, byte[]> classes, Object[] constants, int formCount, String fileName,
        Map<String, int[]> sites, String[] globalNames) {

    private void dump() {
        try {
            for (Map.Entry<String, byte[]> e : classes.entrySet()) {
                java.nio.file.Path p = java.nio.file.Path.of(DUMP_DIR, e.getKey() + ".class");
                java.nio.file.Files.createDirectories(p.getParent());
                java.nio.file.Files.write(p, e.getValue());
            }
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException("cannot dump classes to " + DUMP_DIR, ex);
        }
    }

    /** A loaded unit: its class loader and its top-level forms. */
    public record Loaded(ClassLoader loader, MethodHandle[] forms) {}

    /** Where to write generated class files for inspection ({@code -Deshkol.dump.dir=DIR}), or null. */
    private static final String DUMP_DIR = System.getProperty("eshkol.dump.dir");

    public Loaded load(ClassLoader parent, org.eshkol.engine.interop.ClassFilter classFilter) {
        if (DUMP_DIR != null) dump();
        ScriptLoader loader = new ScriptLoader(parent, classes, constants, sites, classFilter);
        try {
            Class<?> unit = Class.forName(className.replace('/', '.'), true, loader);
            MethodHandle[] forms = new MethodHandle[formCount];
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (int i = 0; i < formCount; i++) {
                forms[i] = lookup.findStatic(unit, "form" + i, MethodType.methodType(Object.class, Global[].class));
            }
            return new Loaded(loader, forms);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load compiled script " + className, e);
        }
    }
}
