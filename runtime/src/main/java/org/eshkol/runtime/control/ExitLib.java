package org.eshkol.runtime.control;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Errors;

/** {@code exit} and {@code emergency-exit}: both throw an {@link ExitException}. */
public final class ExitLib {
    private ExitLib() {}

    @Builtin("exit")
    public static Object exit() { throw new ExitException(0, false); }

    /** {@code #t} exits with 0, {@code #f} with 1, an exact integer with itself. */
    @Builtin("exit")
    public static Object exit(Object status) { throw new ExitException(code("exit", status), false); }

    @Builtin("emergency-exit")
    public static Object emergencyExit() { throw new ExitException(0, true); }

    @Builtin("emergency-exit")
    public static Object emergencyExit(Object status) { throw new ExitException(code("emergency-exit", status), true); }

    private static int code(String who, Object status) {
        if (status instanceof Boolean b) return b ? 0 : 1;
        if (status instanceof Long n) return (int) (long) n;
        throw Errors.wrongType(who, "an exact integer or a boolean", status);
    }
}
