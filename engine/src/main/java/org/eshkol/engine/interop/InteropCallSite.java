package org.eshkol.engine.interop;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

/**
 * The call site of one interop call in a script: a polymorphic inline cache. Its target is a chain
 * of class guards, one per argument shape seen so far, each leading to the handle linked for that
 * shape, ending in {@link #relink}. After {@link #MAX_SHAPES} shapes the site goes megamorphic: its
 * target becomes a lookup in a {@link ShapeCache}. A call without arguments links once for good.
 */
final class InteropCallSite extends MutableCallSite {
    static final int MAX_SHAPES = 8;

    private static final MethodHandle RELINK;
    private static final MethodHandle MEGA;
    private static final MethodHandle IS_CLASS;

    static {
        try {
            var l = MethodHandles.lookup();
            RELINK = l.findVirtual(InteropCallSite.class, "relink", MethodType.methodType(Object.class, Object[].class));
            MEGA = l.findVirtual(ShapeCache.class, "invoke", MethodType.methodType(Object.class, Object[].class));
            IS_CLASS = l.findStatic(InteropCallSite.class, "isClass",
                    MethodType.methodType(boolean.class, Class.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Linkage linkage;
    private int shapes;

    InteropCallSite(MethodType type, Linkage linkage) {
        super(type);
        this.linkage = linkage;
        setTarget(RELINK.bindTo(this).asCollector(Object[].class, type.parameterCount()).asType(type));
    }

    /** How many shapes the inline cache holds (for tests); -1 once megamorphic. */
    synchronized int shapes() { return shapes; }

    private Object relink(Object[] args) throws Throwable {
        Class<?>[] classes = ShapeCache.classesOf(args);
        MethodHandle h = linkage.handleFor(classes);
        synchronized (this) {
            if (args.length == 0) {
                setTarget(h);
            } else if (shapes >= 0 && shapes < MAX_SHAPES) {
                setTarget(guarded(classes, h, getTarget()));
                shapes++;
            } else if (shapes >= 0) {
                shapes = -1;
                setTarget(MEGA.bindTo(new ShapeCache(linkage)).asCollector(Object[].class, args.length).asType(type()));
            }
        }
        return h.invokeWithArguments(args);
    }

    /** {@code target} when every argument has exactly its class in {@code classes}, else {@code fallback}. */
    private static MethodHandle guarded(Class<?>[] classes, MethodHandle target, MethodHandle fallback) {
        MethodHandle h = target;
        for (int i = classes.length - 1; i >= 0; i--) {
            MethodHandle test = MethodHandles.insertArguments(IS_CLASS, 0, classes[i]);
            if (i > 0) test = MethodHandles.dropArguments(test, 0, target.type().parameterList().subList(0, i));
            h = MethodHandles.guardWithTest(test, h, fallback);
        }
        return h;
    }

    private static boolean isClass(Class<?> c, Object o) { return o.getClass() == c; }
}
