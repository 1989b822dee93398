package org.eshkol.engine.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.eshkol.runtime.ResourceLeaks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resource a script drops without closing is closed by the cleaner and reported with the script line that opened it. */
class ResourceLeakReportTest {
    @TempDir Path dir;
    private final List<String> reports = new CopyOnWriteArrayList<>();

    @AfterEach
    void restore() { ResourceLeaks.setListener(null); }

    @Test
    void leakNamesTheScriptLineThatOpenedIt() throws Exception {
        ResourceLeaks.setListener(reports::add);
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("eshkol");
        engine.put(ScriptEngine.FILENAME, "leaky.esk");
        engine.put("path", dir.resolve("dropped.txt").toString());
        engine.eval("(define (touch p)\n  (open-file p \"w\")\n  #t)\n(touch path)");
        for (int i = 0; i < 100 && reports.isEmpty(); i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertEquals(List.of("resource leak: file \"" + dir.resolve("dropped.txt")
                + "\" (opened at leaky.esk:2) was never closed; the cleaner closed it"), reports);
    }
}
