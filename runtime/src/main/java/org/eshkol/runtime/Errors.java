package org.eshkol.runtime;

/**
 * The one factory for run-time errors. Every method builds an {@link ErrorObject}, gives it to the
 * installed exception handlers (as {@code raise} does) and returns the exception to throw when no
 * handler escaped: callers write {@code throw Errors.wrongType(...)}.
 *
 * <p>Message formats are fixed and tested:
 * <ul>
 *   <li>{@code car: expected a pair, got 5}</li>
 *   <li>{@code f: wrong number of arguments: expected 2, got 3}</li>
 *   <li>{@code unbound variable: foo}</li>
 *   <li>{@code not a procedure: 5}</li>
 *   <li>{@code vector-ref: index 10 out of range for length 3}</li>
 *   <li>{@code /: division by zero}</li>
 * </ul>
 */
public final class Errors {
    private Errors() {}

    /** {@code raise}: gives {@code payload} to the current handler; returns what to throw if it returns. */
    public static SchemeError raise(Object payload) {
        DynamicState ds = DynamicState.current();
        DynamicState.HandlerFrame frame = ds.handlers;
        if (frame == null) return new SchemeError(payload, false);
        ds.handlers = frame.next();
        try {
            frame.handler().call1(payload);
            // R7RS: a handler returning from a non-continuable raise is itself an error, raised in
            // the handler's dynamic environment (the outer handlers).
            return raise(new ErrorObject(ErrorObject.Kind.GENERIC,
                    "exception handler returned from non-continuable raise", new Pair(payload, Nil.NIL)));
        } finally {
            ds.handlers = frame;
        }
    }

    /** {@code raise-continuable}: the handler's value, or throws when no handler is installed. */
    public static Object raiseContinuable(Object payload) {
        DynamicState ds = DynamicState.current();
        DynamicState.HandlerFrame frame = ds.handlers;
        if (frame == null) throw new SchemeError(payload, true);
        ds.handlers = frame.next();
        try {
            return frame.handler().call1(payload);
        } finally {
            ds.handlers = frame;
        }
    }

    /** {@code (error message irritant ...)} from Java. */
    public static SchemeError error(String message, Object... irritants) {
        Object list = Nil.NIL;
        for (int i = irritants.length - 1; i >= 0; i--) list = new Pair(irritants[i], list);
        return raise(new ErrorObject(ErrorObject.Kind.GENERIC, message, list));
    }

    public static SchemeError fileError(String message, Object... irritants) {
        Object list = Nil.NIL;
        for (int i = irritants.length - 1; i >= 0; i--) list = new Pair(irritants[i], list);
        return raise(new ErrorObject(ErrorObject.Kind.FILE, message, list));
    }

    public static SchemeError readError(String message) {
        return raise(new ErrorObject(ErrorObject.Kind.READ, message, Nil.NIL));
    }

    /** {@code who: expected a TYPE, got VALUE}. {@code what} is written with an article: "a pair". */
    public static SchemeError wrongType(String who, String what, Object got) {
        return raise(new ErrorObject(ErrorObject.Kind.GENERIC,
                who + ": expected " + what + ", got " + Printer.writeString(got), Nil.NIL));
    }

    public static SchemeError arity(String who, String expected, int got) {
        return raise(new ErrorObject(ErrorObject.Kind.GENERIC,
                (who == null ? "#<procedure>" : who) + ": wrong number of arguments: expected " + expected + ", got " + got,
                Nil.NIL));
    }

    public static SchemeError unbound(String name) {
        return raise(new ErrorObject(ErrorObject.Kind.GENERIC, "unbound variable: " + name, Nil.NIL));
    }

    public static SchemeError notProcedure(Object v) {
        return raise(new ErrorObject(ErrorObject.Kind.GENERIC,
                "not a procedure: " + Printer.writeString(v), Nil.NIL));
    }

    public static SchemeError indexRange(String who, long index, long length) {
        return raise(new ErrorObject(ErrorObject.Kind.GENERIC,
                who + ": index " + index + " out of range for length " + length, Nil.NIL));
    }

    public static SchemeError divisionByZero(String who) {
        return raise(new ErrorObject(ErrorObject.Kind.GENERIC, who + ": division by zero", Nil.NIL));
    }

    /**
     * The error a Java {@link StackOverflowError} becomes ({@code stack overflow (recursion too deep)}).
     * Unlike the other factories it is NOT given to the installed handlers: the stack where the
     * overflow happened is gone, so whoever catches the overflow ({@code guard}, the engine's top
     * level) takes the payload of the returned exception and handles it itself.
     */
    public static SchemeError stackOverflow() {
        return new SchemeError(new ErrorObject(ErrorObject.Kind.GENERIC, "stack overflow (recursion too deep)", Nil.NIL),
                false);
    }

    /** An escape-only continuation invoked after its {@code call/cc} returned or was escaped past. */
    public static SchemeError continuationReentered() {
        return raise(new ErrorObject(ErrorObject.Kind.GENERIC,
                "continuation re-entered after its extent ended: full re-entrant continuations are not supported",
                Nil.NIL));
    }

    /** A one-line description of a raised object, used for uncaught errors. */
    public static String describe(Object payload) {
        if (payload instanceof ErrorObject e) {
            StringBuilder sb = new StringBuilder(e.message());
            for (Object p = e.irritants(); p instanceof Pair pair; p = pair.cdr) {
                sb.append(' ').append(Printer.writeString(pair.car));
            }
            return sb.toString();
        }
        return "non-condition object raised: " + Printer.writeString(payload);
    }
}
