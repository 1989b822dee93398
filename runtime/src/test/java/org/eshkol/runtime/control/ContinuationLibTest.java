package org.eshkol.runtime.control;

import static org.eshkol.runtime.control.Procs.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.eshkol.runtime.DynamicState;
import org.eshkol.runtime.ErrorObject;
import org.eshkol.runtime.MultipleValues;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.SchemeError;
import org.eshkol.runtime.TailCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContinuationLibTest {
    private final List<String> log = new ArrayList<>();

    @AfterEach
    void dynamicStateIsClean() {
        DynamicState ds = DynamicState.current();
        assertNull(ds.handlers);
        assertNull(ds.winds);
        assertNull(ds.params);
    }

    private Procedure logging(String what) { return thunk(() -> { log.add(what); return what; }); }

    @Test
    void escapesFromForEachWithTheFirstNegative() {
        Object r = ContinuationLib.callCC(fn1(exit -> {
            for (Object x = list(54L, 0L, 37L, -3L, 245L, 19L); x instanceof Pair p; x = p.cdr) {
                if ((Long) p.car < 0) ((Procedure) exit).call1(p.car);
            }
            return Boolean.TRUE;
        }));
        assertEquals(-3L, r);
    }

    @Test
    void returnsTheProceduresValueWhenNotInvoked() {
        assertEquals(42L, ContinuationLib.callCC(fn1(k -> 42L)));
    }

    @Test
    void escapesFromNestedLoops() {
        Object r = ContinuationLib.callCC(fn1(k -> {
            for (long i = 0; i < 10; i++) {
                for (long j = 0; j < 10; j++) {
                    if (i * j == 42) ((Procedure) k).call1(list(i, j));
                }
            }
            return Boolean.FALSE;
        }));
        assertEquals(List.of(6L, 7L), toJava(r));
    }

    @Test
    void innerCodeCanEscapeToTheOuterContinuation() {
        Object r = ContinuationLib.callCC(fn1(outer -> {
            Object inner = ContinuationLib.callCC(fn1(k -> ((Procedure) outer).call1("outer")));
            log.add("not reached " + inner);
            return "fell through";
        }));
        assertEquals("outer", r);
        assertEquals(List.of(), log);
    }

    @Test
    void innerContinuationReturnsToTheInnerCall() {
        Object r = ContinuationLib.callCC(fn1(outer -> {
            Object inner = ContinuationLib.callCC(fn1(k -> ((Procedure) k).call1(1L)));
            return (Long) inner + 1;
        }));
        assertEquals(2L, r);
    }

    @Test
    void passesMultipleValues() {
        Object r = ContinuationLib.callCC(fn1(k -> ((Procedure) k).call2(1L, 2L)));
        assertArrayEquals(new Object[] {1L, 2L}, assertInstanceOf(MultipleValues.class, r).values);
    }

    @Test
    void reentryAfterReturnIsACatchableError() {
        Procedure[] saved = new Procedure[1];
        ContinuationLib.callCC(fn1(k -> { saved[0] = (Procedure) k; return 1L; }));
        assertFalse(((Continuation) saved[0]).isActive());
        SchemeError e = assertThrows(SchemeError.class, () -> saved[0].call1(2L));
        assertEquals("continuation re-entered after its extent ended: full re-entrant continuations are not supported",
                e.getMessage());
        Object caught = TailCall.force(ExceptionLib.guard(thunk(() -> saved[0].call1(3L)), fn1(c -> c)));
        assertEquals(e.getMessage(), ((ErrorObject) caught).message());
    }

    @Test
    void aContinuationEscapedPastIsDead() {
        Procedure[] inner = new Procedure[1];
        ContinuationLib.callCC(fn1(outer -> ContinuationLib.callCC(fn1(k -> {
            inner[0] = (Procedure) k;
            return ((Procedure) outer).call1("gone");
        }))));
        assertThrows(SchemeError.class, () -> inner[0].call1(1L));
    }

    @Test
    void canBeCalledRepeatedlyWithinItsExtent() {
        // Each inner call/cc gets a new continuation; the outer one is used by two escapes: the first
        // is overtaken by the dynamic-wind after thunk, which escapes to it again.
        Object r = ContinuationLib.callCC(fn1(k -> {
            Procedure kk = (Procedure) k;
            long sum = 0;
            for (long i = 0; i < 5; i++) {
                long v = i;
                sum += (Long) ContinuationLib.callCC(fn1(k2 -> ((Procedure) k2).call1(v)));
            }
            long total = sum;
            return ContinuationLib.dynamicWind(logging("before"), thunk(() -> kk.call1(total)),
                    thunk(() -> kk.call1("from after")));
        }));
        assertEquals("from after", r);
        assertEquals(List.of("before"), log);
    }

    @Test
    void dynamicWindRunsBeforeThunkAfterInOrder() {
        Object r = ContinuationLib.dynamicWind(logging("before"), logging("during"), logging("after"));
        assertEquals("during", r);
        assertEquals(List.of("before", "during", "after"), log);
    }

    @Test
    void dynamicWindRunsAfterThunksOnContinuationEscape() {
        Object r = ContinuationLib.callCC(fn1(k -> ContinuationLib.dynamicWind(logging("before1"),
                thunk(() -> ContinuationLib.dynamicWind(logging("before2"), thunk(() -> {
                    log.add("escaping");
                    assertNotNull(DynamicState.current().winds.next());
                    return ((Procedure) k).call1("escaped");
                }), logging("after2"))),
                logging("after1"))));
        assertEquals("escaped", r);
        assertEquals(List.of("before1", "before2", "escaping", "after2", "after1"), log);
    }

    @Test
    void dynamicWindRunsAfterBeforeAGuardHandlesAnError() {
        Object r = TailCall.force(ExceptionLib.guard(
                thunk(() -> ContinuationLib.dynamicWind(logging("before"),
                        thunk(() -> ExceptionLib.raise(sym("oops"))), logging("after"))),
                fn1(c -> {
                    log.add("handler " + c);
                    return "handled";
                })));
        assertEquals("handled", r);
        assertEquals(List.of("before", "after", "handler oops"), log);
    }

    @Test
    void dynamicWindRunsAfterWhenAnUncaughtErrorPasses() {
        assertThrows(SchemeError.class, () -> ContinuationLib.dynamicWind(logging("before"),
                thunk(() -> ExceptionLib.raise(sym("oops"))), logging("after")));
        assertEquals(List.of("before", "after"), log);
    }

    @Test
    void afterThunkSeesTheOuterWindList() {
        ContinuationLib.dynamicWind(logging("before"), thunk(() -> {
            assertNotNull(DynamicState.current().winds);
            return null;
        }), thunk(() -> {
            assertNull(DynamicState.current().winds);
            return null;
        }));
    }

    @Test
    void exitRunsAfterThunksButEmergencyExitDoesNot() {
        ExitException e = assertThrows(ExitException.class, () -> ContinuationLib.dynamicWind(logging("before"),
                thunk(() -> ExitLib.exit(3L)), logging("after")));
        assertEquals(3, e.code());
        assertFalse(e.isEmergency());
        assertEquals(List.of("before", "after"), log);
        log.clear();
        e = assertThrows(ExitException.class, () -> ContinuationLib.dynamicWind(logging("before"),
                thunk(() -> ExitLib.emergencyExit()), logging("after")));
        assertTrue(e.isEmergency());
        assertEquals(List.of("before"), log);
    }

    @Test
    void exitCodes() {
        assertEquals(0, assertThrows(ExitException.class, ExitLib::exit).code());
        assertEquals(0, assertThrows(ExitException.class, () -> ExitLib.exit(Boolean.TRUE)).code());
        assertEquals(1, assertThrows(ExitException.class, () -> ExitLib.exit(Boolean.FALSE)).code());
        assertEquals(7, assertThrows(ExitException.class, () -> ExitLib.emergencyExit(7L)).code());
        assertEquals("exit: expected an exact integer or a boolean, got (1)",
                assertThrows(SchemeError.class, () -> ExitLib.exit(list(1L))).getMessage());
    }

    @Test
    void exitIsNotCaughtByGuard() {
        assertThrows(ExitException.class, () -> ExceptionLib.guard(thunk(() -> ExitLib.exit(2L)), fn1(c -> c)));
    }
}
