package org.eshkol.engine.codegen;

import java.util.Map;
import org.eshkol.engine.interop.ClassFilter;

/**
 * The class loader of one compilation unit. Each unit gets its own loader, so when the engine drops
 * a compiled script its classes become unreachable together and the GC unloads them. The unit's
 * constants (global cells, quoted data) are handed to its class initializer through
 * {@link #constantsOf(Class)}.
 */
public final class ScriptLoader extends ClassLoader {
    private final Map<String, byte[]> classes;
    private final Object[] constants;
    private final Map<String, int[]> sites;
    private final ClassFilter classFilter;

    ScriptLoader(ClassLoader parent, Map<String, byte[]> classes, Object[] constants, Map<String, int[]> sites,
            ClassFilter classFilter) {
        super("eshkol-script", parent);
        this.classes = classes;
        this.constants = constants;
        this.sites = sites;
        this.classFilter = classFilter;
    }

    /** The Java classes this unit's interop call sites may reach (the compiling engine's option). */
    public ClassFilter classFilter() { return classFilter; }

    /**
     * The source column of the code at bytecode offset {@code bci} of a method of this unit, or -1.
     * With {@code bci} negative, the column of the first site on {@code line}.
     */
    public int column(String className, String method, int bci, int line) {
        int[] t = sites.get(className + "#" + method);
        if (t == null) return -1;
        int col = -1;
        for (int k = 0; k < t.length; k += 3) {
            if (bci >= 0) {
                if (t[k] <= bci) col = t[k + 2];
                else break;
            } else if (t[k + 1] == line) {
                return t[k + 2];
            }
        }
        return col;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name.replace('.', '/'));
        if (bytes == null) throw new ClassNotFoundException(name);
        return defineClass(name, bytes, 0, bytes.length);
    }

    /** Called from a generated class initializer: the constants of its unit. */
    public static Object[] constantsOf(Class<?> unitClass) {
        return ((ScriptLoader) unitClass.getClassLoader()).constants;
    }
}
