package org.eshkol.engine.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.junit.jupiter.api.Test;

/** Compiling 10,000 distinct scripts in one engine does not grow the loaded classes without bound. */
class MetaspaceTest {
    @Test
    void classesOfUnreferencedScriptsAreUnloaded() throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("eshkol");
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        engine.eval("(define (warm x) x) (warm 1)");
        System.gc();
        long loadedBefore = classes.getLoadedClassCount();
        long unloadedBefore = classes.getUnloadedClassCount();
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            // each script makes a unit class and a closure class; `handler` is redefined each time
            assertEquals((long) i, engine.eval("(define (handler x) (+ x " + i + ")) (handler 0)"));
        }
        for (int k = 0; k < 3; k++) {
            System.gc();
            Thread.sleep(100);
        }
        long grown = classes.getLoadedClassCount() - loadedBefore;
        long unloaded = classes.getUnloadedClassCount() - unloadedBefore;
        assertTrue(unloaded > n, "unloaded " + unloaded + " classes");
        assertTrue(grown < 3 * EshkolScriptEngine.MEMORY_CACHE_SIZE + 500, "loaded classes grew by " + grown);
    }
}
