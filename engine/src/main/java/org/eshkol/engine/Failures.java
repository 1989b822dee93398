package org.eshkol.engine;

import java.util.List;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.SchemeError;

/**
 * Turns what escaped a script into an {@link EshkolException}: {@code FILE:LINE:COL: error: MESSAGE}
 * followed by the backtrace. The position is that of the innermost script frame.
 */
final class Failures {
    private Failures() {}

    static EshkolException uncaught(SchemeError e, String fileName) {
        return build(Errors.describe(e.payload()), e, e.payload(), fileName);
    }

    static EshkolException stackOverflow(StackOverflowError e, String fileName) {
        List<Backtrace.Frame> frames = Backtrace.frames(e);
        String where = frames.isEmpty() ? "" : " in " + frames.get(0).procedure();
        return build("stack overflow (recursion too deep)" + where, e, null, fileName);
    }

    static EshkolException interrupted(org.eshkol.runtime.EvaluationInterrupted e, String fileName) {
        return build("evaluation interrupted", e, null, fileName);
    }

    /** {@code exit} under a policy that keeps the process alive: the evaluation fails instead. */
    static EshkolException exitDenied(org.eshkol.runtime.control.ExitException e, String fileName) {
        return build("script called exit with status " + e.code() + "; the sandbox policy ends the evaluation, not the process",
                e, null, fileName);
    }

    static EshkolException internal(Throwable t, String fileName) {
        return build("internal error: " + t, t, null, fileName);
    }

    private static EshkolException build(String message, Throwable t, Object payload, String fileName) {
        List<Backtrace.Frame> frames = Backtrace.frames(t);
        String position;
        if (frames.isEmpty()) position = fileName;
        else {
            Backtrace.Frame top = frames.get(0);
            position = top.file() + ":" + top.line() + ":" + Columns.column(t, top);
        }
        return EshkolException.runtime(position + ": error: " + message, Backtrace.render(frames), payload, t);
    }
}
