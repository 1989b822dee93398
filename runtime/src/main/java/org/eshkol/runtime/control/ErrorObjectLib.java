package org.eshkol.runtime.control;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.ErrorObject;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;

/** Taking error objects apart: {@code error-object?}, its message and irritants, the error kinds. */
public final class ErrorObjectLib {
    private ErrorObjectLib() {}

    @Builtin("error-object?")
    public static boolean isErrorObject(Object x) { return x instanceof ErrorObject; }

    @Builtin({"error-object-message", "error-message"})
    public static Object message(Object x) {
        if (x instanceof ErrorObject e) return MString.literal(e.message());
        throw Errors.wrongType("error-object-message", "an error object", x);
    }

    @Builtin({"error-object-irritants", "error-irritants"})
    public static Object irritants(Object x) {
        if (x instanceof ErrorObject e) return e.irritants();
        throw Errors.wrongType("error-object-irritants", "an error object", x);
    }

    @Builtin("file-error?")
    public static boolean isFileError(Object x) { return x instanceof ErrorObject e && e.kind() == ErrorObject.Kind.FILE; }

    @Builtin("read-error?")
    public static boolean isReadError(Object x) { return x instanceof ErrorObject e && e.kind() == ErrorObject.Kind.READ; }

    /** The full text of an error: its message followed by its written irritants. */
    @Builtin("condition/report-string")
    public static Object reportString(Object x) {
        if (x instanceof ErrorObject) return MString.literal(Errors.describe(x));
        throw Errors.wrongType("condition/report-string", "an error object", x);
    }
}
