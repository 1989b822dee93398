package org.eshkol.engine.interop;

import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The megamorphic lookup cache of one interop call site (or of one {@link JavaProcedure}): argument
 * classes to a spread handle {@code (Object[])Object}. Bounded: when full it starts over, so a site
 * that sees ever new classes cannot grow without limit. Owned by its site, so it is unloaded with
 * the script that holds it.
 */
final class ShapeCache {
    private static final int LIMIT = 64;

    private final Linkage linkage;
    private final ConcurrentHashMap<Key, MethodHandle> handles = new ConcurrentHashMap<>();

    ShapeCache(Linkage linkage) { this.linkage = linkage; }

    /** Calls the member for {@code args}, linking it first when their shape is new. */
    Object invoke(Object[] args) throws Throwable {
        Class<?>[] classes = classesOf(args);
        Key key = new Key(classes);
        MethodHandle h = handles.get(key);
        if (h == null) {
            h = linkage.handleFor(classes).asSpreader(Object[].class, args.length);
            if (handles.size() >= LIMIT) handles.clear();
            handles.put(key, h);
        }
        return h.invokeExact(args);
    }

    static Class<?>[] classesOf(Object[] args) {
        Class<?>[] classes = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) classes[i] = args[i] == null ? Object.class : args[i].getClass();
        return classes;
    }

    private record Key(Class<?>[] classes) {
        @Override
        public boolean equals(Object o) { return o instanceof Key k && Arrays.equals(classes, k.classes); }

        @Override
        public int hashCode() { return Arrays.hashCode(classes); }
    }
}
