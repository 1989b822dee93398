package org.eshkol.runtime.shared;

import java.security.CodeSource;
import java.util.Iterator;
import java.util.Objects;

/**
 * Where a value was shared: the innermost script frame ({@code app.esk:12}; generated script classes
 * live in package {@code esk.}, as {@link org.eshkol.runtime.SchemeError#origin()} assumes), else the
 * first Java frame outside the runtime's own code and the JDK ({@code CacheTest.java:40}), else
 * {@code an unknown place}; found in one walk of the stack, which stops at the first script frame.
 * Compiled direct calls of {@code shared} pass their site as a constant and never walk; Java callers
 * can pass one too ({@link Shared#share(Object, java.util.function.Consumer, String)}).
 */
final class Sites {
    private Sites() {}

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final Object RUNTIME_CODE = location(Sites.class);

    static String here() {
        return WALKER.walk(frames -> {
            String java = null;
            for (Iterator<StackWalker.StackFrame> it = frames.iterator(); it.hasNext(); ) {
                StackWalker.StackFrame f = it.next();
                if (f.getClassName().startsWith("esk.")) {
                    if (f.getLineNumber() > 0) return name(f);
                } else if (java == null && isJavaSite(f)) {
                    java = name(f);
                }
            }
            return java != null ? java : "an unknown place";
        });
    }

    /** A Java frame with a file, outside the runtime and the JDK. */
    private static boolean isJavaSite(StackWalker.StackFrame f) {
        String c = f.getClassName();
        return f.getFileName() != null && !c.startsWith("java.") && !c.startsWith("jdk.")
                && !Objects.equals(location(f.getDeclaringClass()), RUNTIME_CODE);
    }

    private static String name(StackWalker.StackFrame f) { return f.getFileName() + ":" + f.getLineNumber(); }

    private static Object location(Class<?> c) {
        CodeSource cs = c.getProtectionDomain().getCodeSource();
        return cs == null ? null : cs.getLocation();
    }
}
