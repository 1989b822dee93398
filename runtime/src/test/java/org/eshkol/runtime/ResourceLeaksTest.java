package org.eshkol.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eshkol.runtime.io.FileResourceLib;
import org.eshkol.runtime.resource.ResourceLib;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run-time guards of owned resources: double close, use after close, and the leak cleaner. */
class ResourceLeaksTest {
    @TempDir Path dir;
    private final List<String> reports = new CopyOnWriteArrayList<>();

    @AfterEach
    void restore() { ResourceLeaks.setListener(null); }

    @Test
    void aDroppedFileIsClosedByTheCleanerAndReportedOnce() throws Exception {
        ResourceLeaks.setListener(reports::add);
        Path p = dir.resolve("leak.txt");
        openAndDrop(p);
        for (int i = 0; i < 100 && reports.isEmpty(); i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertEquals(1, reports.size(), reports.toString());
        assertEquals("resource leak: file \"" + p + "\" (opened at an unknown place) was never closed; the cleaner closed it",
                reports.get(0));
        assertTrue(Files.exists(p));
    }

    private static void openAndDrop(Path p) {
        FileResourceLib.openFile(MString.of(p.toString()), MString.of("w"));
    }

    @Test
    void aClosedFileIsNeverReported() throws Exception {
        ResourceLeaks.setListener(reports::add);
        Object f = FileResourceLib.openFile(MString.of(dir.resolve("ok.txt").toString()), MString.of("w"));
        ResourceLib.close(f);
        f = null;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertEquals(List.of(), reports);
    }

    @Test
    void closingTwiceRaisesAndNamesTheResource() {
        Object g = ResourceLib.lock(ResourceLib.makeMutex(Symbol.intern("m")));
        ResourceLib.close(g);
        assertFalse(ResourceLib.isLocked(((org.eshkol.runtime.resource.MutexGuard) g).mutex()));
        SchemeError e = assertThrows(SchemeError.class, () -> ResourceLib.close(g));
        assertTrue(e.getMessage().contains("close: resource mutex guard m is already closed"), e.getMessage());
    }
}
