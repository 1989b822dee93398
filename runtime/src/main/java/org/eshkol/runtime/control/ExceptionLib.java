package org.eshkol.runtime.control;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.DynamicState;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Printer;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.SchemeError;
import org.eshkol.runtime.Symbol;
import org.eshkol.runtime.TailCall;

/**
 * R7RS exceptions: {@code with-exception-handler}, {@code raise}, {@code raise-continuable},
 * {@code error}, and the run-time halves of {@code guard} ({@code %guard}) and {@code assert}
 * ({@code %assertion-failed}).
 */
public final class ExceptionLib {
    private ExceptionLib() {}

    /** Installs {@code handler} for the dynamic extent of {@code thunk}. */
    @Builtin("with-exception-handler")
    public static Object withExceptionHandler(Object handler, Object thunk) {
        Procedure h = org.eshkol.runtime.Calls.asProcedure(handler);
        Procedure t = org.eshkol.runtime.Calls.asProcedure(thunk);
        DynamicState ds = DynamicState.current();
        DynamicState.HandlerFrame saved = ds.handlers;
        ds.handlers = new DynamicState.HandlerFrame(h, saved);
        try {
            return t.call0();
        } finally {
            ds.handlers = saved;
        }
    }

    @Builtin("raise")
    public static Object raise(Object obj) { throw Errors.raise(obj); }

    @Builtin("raise-continuable")
    public static Object raiseContinuable(Object obj) { return Errors.raiseContinuable(obj); }

    /**
     * {@code (error "msg" irritant ...)}; also {@code (error 'who "msg" irritant ...)}, whose message
     * is {@code who: msg}.
     */
    @Builtin("error")
    public static Object error(Object message, Object[] irritants) {
        if (message instanceof MString s) throw Errors.error(s.toString(), irritants);
        if (message instanceof Symbol who && irritants.length > 0 && irritants[0] instanceof MString s) {
            Object[] rest = new Object[irritants.length - 1];
            System.arraycopy(irritants, 1, rest, 0, rest.length);
            throw Errors.error(who.name() + ": " + s, rest);
        }
        throw Errors.error(Printer.displayString(message), irritants);
    }

    /** {@code (assert expr)} failed: {@code assertion failed: <expr written>}. */
    @Builtin("%assertion-failed")
    public static Object assertionFailed(Object expr) {
        throw Errors.error("assertion failed: " + Printer.writeString(expr));
    }

    /**
     * The run-time half of {@code guard}: runs {@code thunk} with a handler that brings any raised
     * condition back here, then (with the body's dynamic state unwound and the handlers as they were
     * outside) tail-calls {@code handler} with the condition. Also takes conditions thrown through as
     * a {@link SchemeError} (raised where no handler was installed) and turns a Java stack overflow
     * into the error {@link Errors#stackOverflow()}.
     */
    @Builtin(value = "%guard", tail = true)
    public static Object guard(Object thunk, Object handler) {
        Procedure body = org.eshkol.runtime.Calls.asProcedure(thunk);
        Procedure clauses = org.eshkol.runtime.Calls.asProcedure(handler);
        DynamicState ds = DynamicState.current();
        DynamicState.HandlerFrame savedHandlers = ds.handlers;
        DynamicState.ParamBinding savedParams = ds.params;
        DynamicState.WindFrame savedWinds = ds.winds;
        GuardHandler self = new GuardHandler();
        ds.handlers = new DynamicState.HandlerFrame(self, savedHandlers);
        Object condition;
        try {
            return body.call0();
        } catch (GuardEscape e) {
            if (e.guard != self) throw e;
            condition = e.condition;
        } catch (SchemeError e) {
            condition = e.payload();
        } catch (StackOverflowError e) {
            condition = Errors.stackOverflow().payload();
        } finally {
            ds.handlers = savedHandlers;
            ds.params = savedParams;
            ds.winds = savedWinds;
        }
        return TailCall.of1(clauses, condition);
    }
}
