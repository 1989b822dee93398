package org.eshkol.engine.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.eshkol.engine.EshkolOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resource a script drops without closing is closed by the cleaner and reported once, with the
 * script line that opened it: through the engine's listener when its options name one, else on the
 * script context's error writer.
 */
class ResourceLeakReportTest {
    @TempDir Path dir;
    private final List<String> reports = new CopyOnWriteArrayList<>();

    @Test
    void leakGoesToTheEnginesListenerAndNamesTheScriptLine() throws Exception {
        ScriptEngine engine = new EshkolScriptEngineFactory().getScriptEngine(EshkolOptions.defaults().withLeakReports(reports::add));
        engine.put(ScriptEngine.FILENAME, "leaky.esk");
        engine.put("path", dir.resolve("dropped.txt").toString());
        engine.eval("(define (touch p)\n  (open-file p \"w\")\n  #t)\n(touch path)");
        awaitGc(() -> !reports.isEmpty());
        assertEquals(List.of("resource leak: file \"" + dir.resolve("dropped.txt")
                + "\" (opened at leaky.esk:2) was never closed; the cleaner closed it"), reports);
    }

    @Test
    void withoutAListenerTheReportGoesToTheContextsErrorWriter() throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("eshkol");
        StringWriter err = new StringWriter();
        engine.getContext().setErrorWriter(err);
        engine.put(ScriptEngine.FILENAME, "quiet.esk");
        engine.put("path", dir.resolve("other.txt").toString());
        engine.eval("(define (touch p)\n  (open-file p \"w\")\n  #t)\n(touch path)");
        awaitGc(() -> err.toString().contains("resource leak"));
        assertEquals("resource leak: file \"" + dir.resolve("other.txt")
                + "\" (opened at quiet.esk:2) was never closed; the cleaner closed it" + System.lineSeparator(), err.toString());
    }

    @Test
    void aDroppedLockGuardIsUnlockedByTheCleaner() throws Exception {
        ScriptEngine engine = new EshkolScriptEngineFactory().getScriptEngine(EshkolOptions.defaults().withLeakReports(reports::add));
        engine.put(ScriptEngine.FILENAME, "lock.esk");
        engine.eval("(define m (make-mutex 'jobs))\n(define (grab) (mutex-lock m) #t)\n(grab)");
        assertEquals(Boolean.TRUE, engine.eval("(mutex-locked? m)"));
        awaitGc(() -> !reports.isEmpty());
        assertEquals(List.of("resource leak: mutex guard jobs (opened at lock.esk:2) was never closed; the cleaner closed it"), reports);
        assertEquals(Boolean.FALSE, engine.eval("(mutex-locked? m)"));
        assertEquals(Boolean.TRUE, engine.eval("(let ((g (owned (mutex-lock m)))) (close g) #t)"), "the mutex can be taken again");
    }

    private static void awaitGc(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 200 && !done.getAsBoolean(); i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertTrue(done.getAsBoolean(), "the cleaner did not report within 4 s");
    }
}
