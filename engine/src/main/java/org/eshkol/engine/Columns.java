package org.eshkol.engine;

import org.eshkol.engine.codegen.ScriptLoader;
import org.eshkol.runtime.SchemeError;

/**
 * The column of a failure's innermost script frame. Java stack traces carry lines only; the code
 * generator records every call site's column by bytecode offset, and a {@link SchemeError} remembers
 * the frame (with its offset) where it was raised. Other failures get the column of the first call
 * site on the frame's line.
 */
final class Columns {
    private Columns() {}

    static int column(Throwable t, Backtrace.Frame frame) {
        if (t instanceof SchemeError e && e.origin() != null
                && e.origin().getDeclaringClass().getClassLoader() instanceof ScriptLoader loader) {
            var f = e.origin();
            int col = loader.column(f.getClassName(), f.getMethodName(), f.getByteCodeIndex(), -1);
            if (col > 0) return col;
        }
        return 1;
    }
}
