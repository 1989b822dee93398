package org.eshkol.runtime.shared;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eshkol.runtime.data.HashTable;
import org.junit.jupiter.api.Test;

/** Java holders: a hold counts until it is closed; a hold dropped unclosed is reported and given back. */
class SharedHoldTest {
    @Test
    void aHoldKeepsTheValueUntilClosed() {
        AtomicInteger destroyed = new AtomicInteger();
        HashTable t = new HashTable();
        Shared.share(t, v -> destroyed.incrementAndGet());
        try (SharedHold h = Shared.hold(t)) {
            assertSame(t, h.get());
            assertEquals(2, Shared.refCount(t));
            Shared.release(t); // the script's scope ends; Java still holds it
            assertEquals(0, destroyed.get());
            assertTrue(Shared.isShared(t));
        }
        assertEquals(1, destroyed.get());
    }

    @Test
    void closingTwiceGivesBackOnce() {
        HashTable t = new HashTable();
        Shared.share(t);
        SharedHold h = Shared.hold(t);
        h.close();
        h.close();
        assertEquals(1, Shared.refCount(t));
        Shared.release(t);
    }

    @Test
    void adoptTakesOverACountTheCallerOwns() {
        AtomicInteger destroyed = new AtomicInteger();
        HashTable t = new HashTable();
        Shared.share(t, v -> destroyed.incrementAndGet());
        Shared.retain(t);  // (retain! v) in the script, for its Java caller
        Shared.release(t); // the script's own count
        try (SharedHold h = Shared.adopt(t)) {
            assertEquals(1, Shared.refCount(t));
        }
        assertEquals(1, destroyed.get());
    }

    @Test
    void aHoldOfAReleasedValueIsAnIllegalState() {
        HashTable t = new HashTable();
        Shared.share(t, null, "Cache.open");
        Shared.release(t);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Shared.hold(t));
        assertEquals("Shared.hold: hash table shared at Cache.open was already released", e.getMessage());
    }

    @Test
    void aHoldOfAnUnsharedValueIsAnIllegalState() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Shared.hold(new Object[] {1L, 2L}));
        assertEquals("Shared.hold: vector #(1 2) is not a shared value; share it first (Shared.share, or (shared v) in the script)",
                e.getMessage());
    }

    @Test
    void adoptOfAnUnsharedOrReleasedValueIsAnIllegalState() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Shared.adopt(new HashTable()));
        assertTrue(e.getMessage().startsWith("Shared.adopt: hash table #<hash-table"), e.getMessage());
        HashTable t = new HashTable();
        Shared.share(t, null, "Cache.open");
        Shared.release(t);
        assertEquals("Shared.adopt: hash table shared at Cache.open was already released",
                assertThrows(IllegalStateException.class, () -> Shared.adopt(t)).getMessage());
    }

    @Test
    void aHoldDroppedWithoutCloseIsReportedAndGivenBack() throws InterruptedException {
        List<String> reports = new ArrayList<>();
        Shared.setReportListener(line -> { synchronized (reports) { reports.add(line); } });
        try {
            AtomicInteger destroyed = new AtomicInteger();
            HashTable t = new HashTable();
            Shared.share(t, v -> destroyed.incrementAndGet());
            dropAHold(t);
            Shared.release(t);
            for (int i = 0; i < 200 && destroyed.get() == 0; i++) {
                System.gc();
                Thread.sleep(10);
            }
            assertEquals(1, destroyed.get());
            synchronized (reports) {
                assertTrue(reports.stream().anyMatch(r -> r.startsWith("shared value hold leak: hash table")), reports.toString());
            }
        } finally {
            Shared.setReportListener(null);
        }
    }

    private static void dropAHold(Object v) { Shared.hold(v); }
}
