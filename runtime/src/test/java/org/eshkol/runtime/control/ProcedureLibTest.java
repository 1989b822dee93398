package org.eshkol.runtime.control;

import static org.eshkol.runtime.control.Procs.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.eshkol.runtime.MultipleValues;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.SchemeError;
import org.eshkol.runtime.TailCall;
import org.junit.jupiter.api.Test;

class ProcedureLibTest {
    private static final Procedure LIST = fnN(Procs::list);

    @Test
    void procedurePredicate() {
        assertTrue(ProcedureLib.isProcedure(LIST));
        assertFalse(ProcedureLib.isProcedure(5L));
        assertFalse(ProcedureLib.isProcedure(list(1L)));
    }

    @Test
    void applySpreadsTheLastArgument() {
        Object r = ProcedureLib.apply(LIST, new Object[] {1L, 2L, list(3L, 4L)});
        assertInstanceOf(TailCall.class, r, "apply must hand back a pending tail call");
        assertEquals(List.of(1L, 2L, 3L, 4L), toJava(TailCall.force(r)));
        assertEquals(List.of(), toJava(TailCall.force(ProcedureLib.apply(LIST, new Object[] {list()}))));
    }

    @Test
    void applyRejectsANonListLastArgument() {
        SchemeError e = assertThrows(SchemeError.class, () -> ProcedureLib.apply(LIST, new Object[] {5L}));
        assertEquals("apply: expected a list, got 5", e.getMessage());
        Object improper = new Pair(1L, 2L);
        e = assertThrows(SchemeError.class, () -> ProcedureLib.apply(LIST, new Object[] {improper}));
        assertEquals("apply: expected a list, got (1 . 2)", e.getMessage());
    }

    @Test
    void applyRejectsANonProcedure() {
        SchemeError e = assertThrows(SchemeError.class, () -> ProcedureLib.apply(5L, new Object[] {list()}));
        assertEquals("not a procedure: 5", e.getMessage());
    }

    @Test
    void applyInTailPositionRunsAMillionIterationsInConstantStack() {
        Procedure[] loop = new Procedure[1];
        loop[0] = fn1(n -> {
            long k = (Long) n;
            return k == 0 ? "done" : ProcedureLib.apply(loop[0], new Object[] {list(k - 1)});
        });
        assertEquals("done", loop[0].call1(1_000_000L));
    }

    @Test
    void valuesOfOneIsTheValueItself() {
        assertEquals(7L, ProcedureLib.values(new Object[] {7L}));
        MultipleValues mv = assertInstanceOf(MultipleValues.class, ProcedureLib.values(new Object[] {1L, 2L}));
        assertArrayEquals(new Object[] {1L, 2L}, mv.values);
        assertEquals(0, ((MultipleValues) ProcedureLib.values(new Object[0])).values.length);
    }

    @Test
    void callWithValuesSpreadsTheProducersValues() {
        Procedure producer = thunk(() -> ProcedureLib.values(new Object[] {4L, 5L}));
        Procedure second = fnN(args -> args[1]);
        assertEquals(5L, TailCall.force(ProcedureLib.callWithValues(producer, second)));
    }

    @Test
    void callWithValuesOfTimesAndMinusIsMinusOne() {
        Procedure times = fnN(args -> {
            long p = 1;
            for (Object a : args) p *= (Long) a;
            return p;
        });
        Procedure minus = fnN(args -> args.length == 1 ? -(Long) args[0] : (Long) args[0] - (Long) args[1]);
        assertEquals(-1L, TailCall.force(ProcedureLib.callWithValues(times, minus)));
    }
}
