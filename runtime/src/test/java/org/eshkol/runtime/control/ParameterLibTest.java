package org.eshkol.runtime.control;

import static org.eshkol.runtime.control.Procs.*;
import static org.junit.jupiter.api.Assertions.*;

import org.eshkol.runtime.DynamicState;
import org.eshkol.runtime.Parameter;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.SchemeError;
import org.eshkol.runtime.TailCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParameterLibTest {
    private static final Procedure TIMES_TEN = fn1(x -> (Long) x * 10);

    @AfterEach
    void dynamicStateIsClean() {
        assertNull(DynamicState.current().params);
        assertNull(DynamicState.current().handlers);
    }

    @Test
    void parameterizeBindsForTheThunkAndRestores() {
        Parameter p = (Parameter) ParameterLib.makeParameter(1L);
        Object r = ParameterLib.parameterize(list(p), list(2L), thunk(() -> p.call0()));
        assertEquals(2L, r);
        assertEquals(1L, p.call0());
    }

    @Test
    void converterAppliesToInitialAndParameterizedValues() {
        Parameter p = (Parameter) ParameterLib.makeParameter(1L, TIMES_TEN);
        assertEquals(10L, p.call0());
        assertEquals(30L, ParameterLib.parameterize(list(p), list(3L), thunk(p::call0)));
        assertEquals(10L, p.call0());
    }

    @Test
    void severalParametersAtOnce() {
        Parameter a = (Parameter) ParameterLib.makeParameter(1L);
        Parameter b = (Parameter) ParameterLib.makeParameter(2L, TIMES_TEN);
        Object r = ParameterLib.parameterize(list(a, b), list(5L, 6L),
                thunk(() -> list(a.call0(), b.call0())));
        assertEquals(java.util.List.of(5L, 60L), toJava(r));
    }

    @Test
    void restoredOnContinuationEscape() {
        Parameter p = (Parameter) ParameterLib.makeParameter(1L);
        Object r = ContinuationLib.callCC(fn1(k -> ParameterLib.parameterize(list(p), list(2L),
                thunk(() -> ((Procedure) k).call1(p.call0())))));
        assertEquals(2L, r);
        assertEquals(1L, p.call0());
    }

    @Test
    void restoredOnErrorAndVisibleToGuardAsOuterValue() {
        Parameter p = (Parameter) ParameterLib.makeParameter(1L);
        Object r = TailCall.force(ExceptionLib.guard(
                thunk(() -> ParameterLib.parameterize(list(p), list(2L), thunk(() -> ExceptionLib.raise(p.call0())))),
                fn1(c -> list(c, p.call0()))));
        assertEquals(java.util.List.of(2L, 1L), toJava(r));
    }

    @Test
    void rejectsANonParameter() {
        SchemeError e = assertThrows(SchemeError.class,
                () -> ParameterLib.parameterize(list(5L), list(1L), thunk(() -> null)));
        assertEquals("parameterize: expected a parameter, got 5", e.getMessage());
        assertEquals("make-parameter: expected a procedure, got 5",
                assertThrows(SchemeError.class, () -> ParameterLib.makeParameter(1L, 5L)).getMessage());
    }
}
