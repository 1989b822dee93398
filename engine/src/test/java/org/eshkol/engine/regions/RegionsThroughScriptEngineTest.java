package org.eshkol.engine.regions;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.eshkol.engine.EshkolOptions;
import org.eshkol.engine.jsr223.EshkolScriptEngine;
import org.eshkol.engine.jsr223.EshkolScriptEngineFactory;
import org.eshkol.runtime.region.Region;
import org.eshkol.runtime.region.RegionAudit;
import org.eshkol.runtime.region.RegionPolicy;
import org.junit.jupiter.api.Test;

/**
 * Regions as an embedding server meets them: every way a request can end (normally, by an error, a
 * Java exception, an interrupt, or by forgetting a region-open handle) releases its regions, and the
 * engine stays usable. RegionLeakCheck verifies after each test that nothing is left open.
 */
class RegionsThroughScriptEngineTest {
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("eshkol");

    @Test
    void aForgottenHandleIsClosedWhenTheEvaluationEnds() throws ScriptException {
        Object n = engine.eval("(define h (region-open 'forgotten)) (let ((b (make-bytevector 100 1))) (bytevector-u8-ref b 99))");
        assertEquals(1L, n);
        assertTrue(RegionAudit.problems().isEmpty(), RegionAudit.problems().toString());
        assertEquals(Boolean.FALSE, engine.eval("(region-open? h)"));
    }

    @Test
    void anErrorInsideARegionClosesItAndTheEngineGoesOn() throws ScriptException {
        ScriptException e = assertThrows(ScriptException.class,
                () -> engine.eval("(with-region 'req (make-bytevector 1000) (car '()))"));
        assertTrue(e.getMessage().contains("car: expected a pair"), e.getMessage());
        assertNull(Region.current());
        assertEquals(3L, engine.eval("(with-region 'next (bytevector-length (make-bytevector 3)))"));
    }

    @Test
    void aJavaExceptionCrossingARegionClosesIt() {
        ScriptException e = assertThrows(ScriptException.class,
                () -> engine.eval("(with-region 'parse (make-bytevector 64) (java.lang.Integer:parseInt \"not a number\"))"));
        assertInstanceOf(NumberFormatException.class, rootCause(e), e.toString());
        assertNull(Region.current());
    }

    @Test
    void anInterruptCrossingARegionClosesIt() throws Exception {
        engine.eval("(define (spin) (with-region 'busy (make-bytevector 4096) (let loop () (loop))))");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<String> leftover = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            started.countDown();
            try {
                ((Invocable) engine).invokeFunction("spin");
            } catch (Throwable x) {
                failure.set(x);
            }
            leftover.set(String.valueOf(RegionAudit.problems()));
        });
        t.start();
        started.await();
        while (Region.liveArenas() == 0 && t.isAlive()) Thread.onSpinWait();
        t.interrupt();
        t.join(10_000);
        assertFalse(t.isAlive());
        assertInstanceOf(ScriptException.class, failure.get());
        assertEquals("[]", leftover.get());
    }

    @Test
    void theEnginesPolicySetsTheByteLimit() throws ScriptException {
        EshkolScriptEngine small = new EshkolScriptEngineFactory()
                .getScriptEngine(EshkolOptions.defaults().withRegions(RegionPolicy.DEFAULT.withMaxBytes(1000)));
        Object message = small.eval("""
                (guard (e ((error-object? e) (error-object-message e)))
                  (with-region 'upload
                    (let* ((a (make-bytevector 800)) (b (make-bytevector 800)))
                      (+ (bytevector-length a) (bytevector-length b)))))""");
        assertEquals("region 'upload': allocating 800 bytes exceeds the region's limit of 1000 bytes (800 already allocated)", message);
        assertEquals(800L, small.eval("(with-region (bytevector-length (make-bytevector 800)))"));
    }

    @Test
    void invokeFunctionIsOneRequest() throws Exception {
        engine.eval("(define (handle n) (region-open 'per-call) (bytevector-length (make-bytevector n)))");
        assertEquals(10L, ((Invocable) engine).invokeFunction("handle", 10));
        assertTrue(RegionAudit.problems().isEmpty(), RegionAudit.problems().toString());
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }
}
