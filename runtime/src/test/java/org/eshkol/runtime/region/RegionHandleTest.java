package org.eshkol.runtime.region;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.atomic.AtomicReference;
import org.eshkol.runtime.SchemeError;
import org.junit.jupiter.api.Test;

/** Handles from region-open: opaque, generation-checked, and confined to their thread. */
class RegionHandleTest {
    @Test
    void aHandleNeverValidatesOnAnotherThread() throws Exception {
        Object h = RegionLib.regionOpen(org.eshkol.runtime.Symbol.intern("mine"));
        AtomicReference<Object> open = new AtomicReference<>();
        AtomicReference<Throwable> close = new AtomicReference<>();
        Thread t = new Thread(() -> {
            open.set(RegionLib.isRegionOpen(h));
            try {
                RegionLib.regionClose(h, new Object[0]);
            } catch (Throwable x) {
                close.set(x);
            }
        });
        t.start();
        t.join();
        assertEquals(false, open.get());
        assertEquals("region-close: invalid or already-closed region handle", close.get().getMessage());
        assertTrue(RegionLib.isRegionOpen(h), "still open and usable on its own thread");
        RegionLib.regionClose(h, new Object[0]);
    }

    @Test
    void aHandleOutlivedByItsRegionNamesNoLiveRegion() {
        Object outer = RegionLib.regionOpen();
        Object inner = RegionLib.regionOpen();
        RegionLib.regionClose(outer, new Object[0]);
        assertFalse(RegionLib.isRegionOpen(inner));
        SchemeError e = assertThrows(SchemeError.class, () -> RegionLib.regionClose(inner, new Object[0]));
        assertEquals("region-close: region handle no longer names a live region", e.getMessage());
        e = assertThrows(SchemeError.class, () -> RegionLib.regionClose(inner, new Object[0]));
        assertEquals("region-close: invalid or already-closed region handle", e.getMessage(), "after the first refusal it counts as closed");
    }

    @Test
    void fabricatedHandlesAreRefused() {
        for (Object fake : new Object[] {42L, "h", null, new Object()}) {
            assertFalse(RegionLib.isRegionOpen(fake));
            SchemeError e = assertThrows(SchemeError.class, () -> RegionLib.regionClose(fake, new Object[0]));
            assertEquals("region-close: invalid or already-closed region handle", e.getMessage());
        }
    }
}
