package org.eshkol.engine.interop;

import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.SchemeError;

/**
 * A Java member used as a value: a bare {@code java.lang.Math:max}, {@code .length} or
 * {@code java.util.ArrayList:new}, as in {@code (map .length strings)}. Each call resolves the
 * overload for its argument classes through a {@link ShapeCache}.
 */
final class JavaProcedure extends Procedure {
    private final ShapeCache cache;
    private final String name;

    JavaProcedure(Linkage linkage) {
        this.cache = new ShapeCache(linkage);
        this.name = linkage.symbol();
    }

    @Override
    public String name() { return name; }

    @Override
    public Object applyN(Object[] args) {
        try {
            return cache.invoke(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw (SchemeError) InteropErrors.thrown(name, t);
        }
    }
}
