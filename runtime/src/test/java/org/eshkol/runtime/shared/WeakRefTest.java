package org.eshkol.runtime.shared;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.ref.WeakReference;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.data.HashTable;
import org.junit.jupiter.api.Test;

/** Weak references do not count; upgrading counts for the holder; after release they give nothing. */
class WeakRefTest {
    @Test
    void aWeakReferenceDoesNotCountAndUpgradesWhileAlive() {
        HashTable t = new HashTable();
        Shared.share(t);
        WeakRef w = Shared.weakRef(t);
        assertEquals(1, Shared.refCount(t));
        assertEquals(1, Shared.weakCount(t));
        assertSame(t, Shared.upgrade(w));
        assertEquals(2, Shared.refCount(t), "the upgrade is counted for its holder");
        Shared.release(t);
        Shared.release(t);
        assertNull(Shared.upgrade(w));
        assertEquals(Boolean.FALSE, SharedLib.strongRef(w));
        assertFalse(w.isLive());
        assertEquals("#<weak-ref released>", w.toString());
    }

    @Test
    void aWeakReferenceNeverKeepsItsValueReachable() throws InterruptedException {
        Pair p = new Pair(1L, 2L);
        Shared.share(p);
        WeakRef w = Shared.weakRef(p);
        WeakReference<Object> probe = new WeakReference<>(p);
        Shared.release(p);
        p = null;
        for (int i = 0; i < 50 && probe.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(probe.get(), "collected although a weak ref to it is alive");
        assertNull(Shared.upgrade(w));
    }

    @Test
    void theWeakCountFallsWhenTheWeakReferenceIsCollected() throws InterruptedException {
        HashTable t = new HashTable();
        Shared.share(t);
        Shared.weakRef(t);
        WeakRef kept = Shared.weakRef(t);
        assertEquals(2, Shared.weakCount(t));
        for (int i = 0; i < 100 && Shared.weakCount(t) != 1; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertEquals(1, Shared.weakCount(t));
        assertTrue(kept.isLive());
        Shared.release(t);
    }

    @Test
    void strongRefRejectsWhatIsNotAWeakReference() {
        assertEquals("strong-ref: expected a weak reference, got 5",
                assertThrows(org.eshkol.runtime.SchemeError.class, () -> SharedLib.strongRef(5L)).getMessage());
    }

    @Test
    void aWeakReferenceMadeBeforeSharingCountsInOnceShared() {
        HashTable t = new HashTable();
        WeakRef w = Shared.weakRef(t);
        assertSame(t, Shared.upgrade(w), "unshared: the value itself");
        assertFalse(Shared.isShared(t), "upgrading does not share");
        Shared.share(t);
        assertSame(t, Shared.upgrade(w));
        assertEquals(2, Shared.refCount(t), "once shared, the upgrade counts");
        assertEquals(1, Shared.weakCount(t));
        Shared.release(t);
        Shared.release(t);
        assertNull(Shared.upgrade(w));
        assertFalse(w.isLive());
    }

    @Test
    void aWeakReferenceToAnUnsharedValueDoesNotKeepItReachable() throws InterruptedException {
        Object[] v = {1L};
        WeakRef w = Shared.weakRef(v);
        WeakReference<Object> probe = new WeakReference<>(v);
        v = null;
        for (int i = 0; i < 50 && probe.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(probe.get(), "collected although a weak ref to it is alive");
        assertNull(Shared.upgrade(w));
        assertEquals("#<weak-ref released>", w.toString());
    }

    @Test
    void weakRefOfAnImmediateIsAnError() {
        assertEquals("weak-ref: expected a heap value (not a number, character, boolean or symbol), got 5",
                assertThrows(org.eshkol.runtime.SchemeError.class, () -> Shared.weakRef(5L)).getMessage());
    }
}
