package org.eshkol.engine;

import java.io.PrintStream;
import org.eshkol.engine.interop.ClassFilter;

/**
 * How an {@link Eshkol} engine compiles and runs scripts. Immutable; build with the {@code with*}
 * methods from {@link #defaults()}.
 *
 * @param tracePass      the pass whose output is printed ({@code read}, {@code expand},
 *                       {@code analyze-variables}, {@code codegen}), or null
 * @param traceOut       where traces go
 * @param evalStackBytes when positive, scripts run on engine-owned threads with a stack of this many
 *                       bytes, so deep non-tail recursion works from any caller thread; when zero they
 *                       run on the caller's thread, as deep as its stack allows
 * @param classFilter    the Java classes scripts may reach through interop
 */
public record EshkolOptions(String tracePass, PrintStream traceOut, long evalStackBytes, ClassFilter classFilter) {
    public EshkolOptions {
        if (evalStackBytes < 0) throw new IllegalArgumentException("negative stack size");
        java.util.Objects.requireNonNull(classFilter);
    }

    public static EshkolOptions defaults() { return new EshkolOptions(null, System.err, 0, ClassFilter.ALL); }

    public EshkolOptions withTrace(String pass, PrintStream out) {
        return new EshkolOptions(pass, out, evalStackBytes, classFilter);
    }

    /** Run scripts on engine threads with {@code bytes} of stack (e.g. 512 MiB for million-deep recursion). */
    public EshkolOptions withEvalStack(long bytes) { return new EshkolOptions(tracePass, traceOut, bytes, classFilter); }

    /** Restrict the Java classes scripts may reach. */
    public EshkolOptions withClassFilter(ClassFilter filter) {
        return new EshkolOptions(tracePass, traceOut, evalStackBytes, filter);
    }
}
