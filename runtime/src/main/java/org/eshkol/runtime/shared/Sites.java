package org.eshkol.runtime.shared;

import org.eshkol.runtime.ScriptFrames;
import java.security.CodeSource;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a value was shared: the innermost script frame ({@code app.esk:12}; generated script classes
 * live in package {@code esk.}, as {@link org.eshkol.runtime.SchemeError#origin()} assumes), else the
 * first Java frame outside the runtime's own code and the JDK ({@code CacheTest.java:40}), else
 * {@code an unknown place}.
 */
final class Sites {
    private Sites() {}

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final Object RUNTIME_CODE = location(Sites.class);

    static String here() {
        Optional<String> site = ScriptFrames.innermost();
        if (site.isPresent()) return site.get();
        return WALKER.walk(frames -> frames
                .filter(f -> f.getFileName() != null && !f.getClassName().startsWith("java.")
                        && !f.getClassName().startsWith("jdk.") && !Objects.equals(location(f.getDeclaringClass()), RUNTIME_CODE))
                .map(f -> f.getFileName() + ":" + f.getLineNumber())
                .findFirst())
                .orElse("an unknown place");
    }

    private static Object location(Class<?> c) {
        CodeSource cs = c.getProtectionDomain().getCodeSource();
        return cs == null ? null : cs.getLocation();
    }
}
