package org.eshkol.engine.jsr223;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.script.ScriptException;
import org.eshkol.analysis.diag.Diagnostic;
import org.eshkol.engine.EshkolException;

/**
 * Engine failures as {@link ScriptException}s: the file name, line and column of the error (the
 * first diagnostic of a rejected script; the innermost script frame of a run-time error), the
 * diagnostic message as the message, and the {@link EshkolException} (with the full report in
 * {@link EshkolException#render()}, and the Scheme error or Java exception as its own cause) attached
 * with {@code initCause}.
 */
final class ScriptErrors {
    private ScriptErrors() {}

    /** {@code FILE:LINE:COL: error: MESSAGE}, FILE possibly containing colons. */
    private static final Pattern RUNTIME = Pattern.compile("(.*):(\\d+):(-?\\d+): error: (.*)", Pattern.DOTALL);
    private static final Pattern NO_POSITION = Pattern.compile("(.*?): error: (.*)", Pattern.DOTALL);

    static ScriptException of(EshkolException e) {
        if (e.isCompileError()) {
            Diagnostic d = e.diagnostics().get(0);
            StringBuilder msg = new StringBuilder(d.phase().label() + ": " + d.message());
            for (int i = 1; i < e.diagnostics().size(); i++) msg.append('\n').append(e.diagnostics().get(i).headline());
            return make(msg.toString(), d.span().file().name(), d.span().line(), d.span().column(), e);
        }
        String headline = e.getMessage();
        Throwable javaException = org.eshkol.engine.interop.InteropErrors.javaException(e.payload());
        if (javaException != null) {
            // a Java exception thrown in an interop call is the cause; the Eshkol report rides along
            ScriptException s = of(headline, javaException);
            s.addSuppressed(e);
            return s;
        }
        return of(headline, e);
    }

    private static ScriptException of(String headline, Throwable cause) {
        Matcher m = RUNTIME.matcher(headline);
        if (m.matches()) return make(m.group(4), m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), cause);
        m = NO_POSITION.matcher(headline);
        if (m.matches()) return make(m.group(2), m.group(1), -1, -1, cause);
        return make(headline, null, -1, -1, cause);
    }

    /** The script was stopped by the per-evaluation time limit. */
    static ScriptException timeLimit(EshkolException e, long millis) {
        ScriptException s = of(e);
        return make("evaluation interrupted: time limit of " + millis + " ms exceeded", s.getFileName(),
                s.getLineNumber(), s.getColumnNumber(), e);
    }

    static ScriptException plain(String message, String fileName, Throwable cause) {
        return make(message, fileName, -1, -1, cause);
    }

    private static ScriptException make(String message, String file, int line, int column, Throwable cause) {
        ScriptException s = new ScriptException(message, file, line, column);
        s.initCause(cause);
        return s;
    }
}
