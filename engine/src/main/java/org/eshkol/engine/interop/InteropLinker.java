package org.eshkol.engine.interop;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

/**
 * The bootstrap of every interop {@code invokedynamic} the code generator emits. A call
 * {@code (sym a b)} is a site named {@code call} of type {@code (Object, Object)Object}; a bare
 * reference {@code sym} a site named {@code get} of type {@code ()Object}. Nothing is resolved at
 * bootstrap: the first execution links (so errors such as an unknown class are Eshkol errors raised
 * where the script runs, catchable by {@code guard}) and later ones hit the site's inline cache.
 */
public final class InteropLinker {
    private InteropLinker() {}

    private static final MethodHandle LINK_VALUE;

    static {
        try {
            LINK_VALUE = MethodHandles.lookup().findStatic(InteropLinker.class, "linkValue",
                    MethodType.methodType(Object.class, MutableCallSite.class, Linkage.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public static CallSite bootstrap(MethodHandles.Lookup lookup, String name, MethodType type, String symbol) {
        InteropSyntax.Ref ref = InteropSyntax.parse(symbol);
        if (ref == null) throw new IllegalArgumentException("not an interop symbol: " + symbol);
        ClassLoader loader = lookup.lookupClass().getClassLoader();
        Linkage linkage = new Linkage(symbol, ref, new ClassResolver(loader, ClassFilters.forLoader(loader)));
        return switch (name) {
            case "call" -> new InteropCallSite(type, linkage);
            case "get" -> {
                MutableCallSite site = new MutableCallSite(type);
                site.setTarget(MethodHandles.insertArguments(LINK_VALUE, 0, site, linkage));
                yield site;
            }
            default -> throw new IllegalArgumentException("unknown interop operation " + name + " for " + symbol);
        };
    }

    /** First execution of a bare reference: link it, then read it. */
    private static Object linkValue(MutableCallSite site, Linkage linkage) throws Throwable {
        MethodHandle h = linkage.valueHandle();
        site.setTarget(h);
        return h.invoke();
    }
}
