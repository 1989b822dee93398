package org.eshkol.runtime.control;

import static org.eshkol.runtime.control.Procs.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.eshkol.runtime.DynamicState;
import org.eshkol.runtime.ErrorObject;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.SchemeError;
import org.eshkol.runtime.TailCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExceptionLibTest {
    private final List<String> log = new ArrayList<>();

    @AfterEach
    void dynamicStateIsClean() {
        DynamicState ds = DynamicState.current();
        assertNull(ds.handlers);
        assertNull(ds.winds);
        assertNull(ds.params);
    }

    private static Object guard(Procedure body, Procedure handler) {
        return TailCall.force(ExceptionLib.guard(body, handler));
    }

    @Test
    void raiseContinuableReturnsTheHandlersValue() {
        Object r = ExceptionLib.withExceptionHandler(fn1(c -> {
            log.add("handler got " + c);
            return 42L;
        }), thunk(() -> (Long) ExceptionLib.raiseContinuable(str("should be a number")) + 23));
        assertEquals(65L, r);
        assertEquals(List.of("handler got should be a number"), log);
    }

    @Test
    void handlerReturningFromRaiseIsASecondaryError() {
        SchemeError e = assertThrows(SchemeError.class, () -> ExceptionLib.withExceptionHandler(
                fn1(c -> { log.add("something went wrong"); return null; }),
                thunk(() -> ExceptionLib.raise(sym("an-error")))));
        assertEquals(List.of("something went wrong"), log);
        ErrorObject secondary = assertInstanceOf(ErrorObject.class, e.payload());
        assertEquals("exception handler returned from non-continuable raise", secondary.message());
        assertEquals("exception handler returned from non-continuable raise an-error", e.getMessage());
    }

    @Test
    void handlerRunsWithTheOuterHandlersInstalled() {
        Procedure outer = fn1(c -> "outer saw " + c);
        Object r = ExceptionLib.withExceptionHandler(outer, thunk(() -> ExceptionLib.withExceptionHandler(
                fn1(c -> {
                    assertSame(outer, DynamicState.current().handlers.handler());
                    return ExceptionLib.raiseContinuable("again " + c);
                }),
                thunk(() -> ExceptionLib.raiseContinuable("first")))));
        assertEquals("outer saw again first", r);
    }

    @Test
    void handlerCanEscapeWithAContinuation() {
        Object r = ContinuationLib.callCC(fn1(k -> ExceptionLib.withExceptionHandler(
                fn1(c -> { log.add("condition: " + c); return ((Procedure) k).call1(sym("exception")); }),
                thunk(() -> (Long) ExceptionLib.raise(sym("an-error")) + 1))));
        assertEquals(sym("exception"), r);
        assertEquals(List.of("condition: an-error"), log);
    }

    @Test
    void handlersAreRestoredWhenTheThunkReturnsOrFails() {
        Procedure h = fn1(c -> c);
        ExceptionLib.withExceptionHandler(h, thunk(() -> {
            assertSame(h, DynamicState.current().handlers.handler());
            return null;
        }));
        assertNull(DynamicState.current().handlers);
        assertThrows(ExitException.class, () -> ExceptionLib.withExceptionHandler(h, thunk(ExitLib::exit)));
    }

    @Test
    void guardCatchesABuiltinError() {
        Object r = guard(thunk(() -> { throw Errors.wrongType("car", "a pair", 5L); }),
                fn1(e -> ErrorObjectLib.message(e).toString()));
        assertEquals("car: expected a pair, got 5", r);
    }

    @Test
    void guardReturnsTheBodysValueWhenNothingIsRaised() {
        assertEquals(9L, guard(thunk(() -> 9L), fn1(e -> fail("handler called"))));
    }

    @Test
    void raisedNonConditionIsNotAnErrorObject() {
        Object r = guard(thunk(() -> ExceptionLib.raise(sym("boom"))), fn1(e -> e));
        assertEquals(sym("boom"), r);
        assertFalse(ErrorObjectLib.isErrorObject(r));
    }

    @Test
    void guardHandlerRunsInTheGuardsDynamicEnvironment() {
        Procedure outer = fn1(c -> "outer");
        Object r = ExceptionLib.withExceptionHandler(outer, thunk(() -> guard(
                thunk(() -> ContinuationLib.dynamicWind(thunk(() -> null),
                        thunk(() -> ExceptionLib.withExceptionHandler(fn1(c -> ExceptionLib.raise("rethrown " + c)),
                                thunk(() -> ExceptionLib.raise("deep")))),
                        thunk(() -> { log.add("after"); return null; }))),
                fn1(c -> {
                    assertSame(outer, DynamicState.current().handlers.handler());
                    assertNull(DynamicState.current().winds);
                    log.add("guard got " + c);
                    return "guarded";
                }))));
        assertEquals("guarded", r);
        assertEquals(List.of("after", "guard got rethrown deep"), log);
    }

    @Test
    void unmatchedConditionGoesToTheOuterGuard() {
        Object r = guard(
                thunk(() -> guard(thunk(() -> ExceptionLib.raise(sym("inner"))),
                        fn1(c -> { log.add("inner declines"); return ExceptionLib.raiseContinuable(c); }))),
                fn1(c -> "outer got " + c));
        assertEquals("outer got inner", r);
        assertEquals(List.of("inner declines"), log);
    }

    @Test
    void guardTakesASchemeErrorThrownThroughIt() {
        Object r = guard(thunk(() -> { throw new SchemeError(sym("unhandled"), false); }), fn1(c -> c));
        assertEquals(sym("unhandled"), r);
    }

    @Test
    void guardTurnsStackOverflowIntoAnError() {
        Procedure[] deep = new Procedure[1];
        deep[0] = fn1(n -> (Long) deep[0].call1((Long) n + 1) + 1);
        Object r = guard(thunk(() -> deep[0].call1(0L)), fn1(c -> c));
        ErrorObject e = assertInstanceOf(ErrorObject.class, r);
        assertEquals("stack overflow (recursion too deep)", e.message());
        // and the thread is usable again afterwards
        assertEquals(3L, guard(thunk(() -> 3L), fn1(c -> c)));
    }

    @Test
    void errorWithAStringMessage() {
        ErrorObject e = (ErrorObject) guard(thunk(() -> ExceptionLib.error(str("oops"), new Object[] {1L, 2L})),
                fn1(c -> c));
        assertEquals("oops", e.message());
        assertEquals(List.of(1L, 2L), toJava(e.irritants()));
        assertEquals("oops", ErrorObjectLib.message(e).toString());
        assertSame(e.irritants(), ErrorObjectLib.irritants(e));
        assertEquals("oops 1 2", ErrorObjectLib.reportString(e).toString());
        assertTrue(ErrorObjectLib.isErrorObject(e));
        assertFalse(ErrorObjectLib.isFileError(e));
        assertFalse(ErrorObjectLib.isReadError(e));
    }

    @Test
    void errorWithAWhoSymbol() {
        SchemeError e = assertThrows(SchemeError.class,
                () -> ExceptionLib.error(sym("my-proc"), new Object[] {str("bad thing"), 5L}));
        ErrorObject o = (ErrorObject) e.payload();
        assertEquals("my-proc: bad thing", o.message());
        assertEquals(List.of(5L), toJava(o.irritants()));
        assertEquals("my-proc: bad thing 5", e.getMessage());
    }

    @Test
    void fileAndReadErrorsAreRecognised() {
        Object f = guard(thunk(() -> { throw Errors.fileError("cannot open", str("x.txt")); }), fn1(c -> c));
        Object rd = guard(thunk(() -> { throw Errors.readError("bad datum"); }), fn1(c -> c));
        assertTrue(ErrorObjectLib.isFileError(f));
        assertFalse(ErrorObjectLib.isReadError(f));
        assertTrue(ErrorObjectLib.isReadError(rd));
        assertFalse(ErrorObjectLib.isFileError(sym("x")));
    }

    @Test
    void errorObjectAccessorsRejectOtherValues() {
        assertEquals("error-object-message: expected an error object, got boom",
                assertThrows(SchemeError.class, () -> ErrorObjectLib.message(sym("boom"))).getMessage());
        assertEquals("error-object-irritants: expected an error object, got 5",
                assertThrows(SchemeError.class, () -> ErrorObjectLib.irritants(5L)).getMessage());
    }

    @Test
    void assertionFailureWritesTheExpression() {
        Object expr = list(sym(">"), sym("x"), 0L);
        SchemeError e = assertThrows(SchemeError.class, () -> ExceptionLib.assertionFailed(expr));
        assertEquals("assertion failed: (> x 0)", e.getMessage());
    }

    @Test
    void uncaughtRaiseOfANonCondition() {
        SchemeError e = assertThrows(SchemeError.class, () -> ExceptionLib.raise(sym("boom")));
        assertEquals("non-condition object raised: boom", e.getMessage());
        assertFalse(e.isContinuable());
        assertTrue(assertThrows(SchemeError.class, () -> ExceptionLib.raiseContinuable(1L)).isContinuable());
    }

    @Test
    void withExceptionHandlerRejectsNonProcedures() {
        assertEquals("not a procedure: 5", assertThrows(SchemeError.class,
                () -> ExceptionLib.withExceptionHandler(5L, thunk(() -> null))).getMessage());
    }

    @Test
    void guardClauseCanSeeAnAssocListCondition() {
        Object cond = list(new Pair(sym("a"), 42L));
        Object r = guard(thunk(() -> ExceptionLib.raise(cond)), fn1(c -> ((Pair) ((Pair) c).car).cdr));
        assertEquals(42L, r);
    }
}
