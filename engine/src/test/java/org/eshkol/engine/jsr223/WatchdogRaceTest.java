package org.eshkol.engine.jsr223;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An interrupt meant for an evaluation never outlives it: after {@code eval} returns, normally or
 * not, the watchdog of its time limit never interrupts the caller's thread.
 */
class WatchdogRaceTest {
    @AfterEach
    void noHook() {
        Evaluation.Watchdog.beforeInterrupt = null;
        Thread.interrupted();
    }

    private static ScriptEngine engine(long limitMillis) {
        ScriptEngine e = new EshkolScriptEngineFactory().getScriptEngine();
        e.getContext().setAttribute(EshkolScriptEngine.TIME_LIMIT, limitMillis, ScriptContext.ENGINE_SCOPE);
        return e;
    }

    /** A script that runs about {@code millis} and then returns normally. */
    private static String busy(long millis) {
        return "(define end (+ (current-jiffy) " + millis * 1_000_000 + ")) (let loop () (if (< (current-jiffy) end) (loop))) 'done";
    }

    /**
     * The race made wide: the limit passes while the script runs, the watchdog is held just before it
     * interrupts, and the script ends in the meantime. The late interrupt must not reach the caller.
     */
    @Test
    void aLateInterruptDoesNotReachTheCallerAfterEvalReturned() throws Exception {
        ScriptEngine e = engine(5);
        Evaluation.Watchdog.beforeInterrupt = () -> {
            try {
                Thread.sleep(60);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        };
        for (int i = 0; i < 3; i++) {
            e.eval(busy(20)); // returns normally: the interrupt is held back past its end
            Thread.sleep(100); // long enough for the held watchdog to go on
            assertFalse(Thread.interrupted(), "the watchdog interrupted the caller after eval returned");
        }
    }

    /** Many evaluations ending near the limit, some normally, some stopped: the caller is never left interrupted. */
    @Test
    void manyEvaluationsNearTheLimitNeverLeaveTheCallerInterrupted() throws Exception {
        ScriptEngine e = engine(2);
        int stopped = 0;
        for (int i = 0; i < 2_000; i++) {
            try {
                e.eval(busy(i % 3 + 1));
            } catch (ScriptException x) {
                assertTrue(x.getMessage().contains("time limit"), x.getMessage());
                stopped++;
            }
            assertFalse(Thread.currentThread().isInterrupted(), "caller left interrupted after evaluation " + i);
        }
        Thread.sleep(20);
        assertFalse(Thread.interrupted(), "caller interrupted after the last evaluation");
        assertTrue(stopped > 0, "no evaluation reached the limit: the test did not test the race");
    }
}
