package org.eshkol.runtime.shared;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.SchemeError;
import org.eshkol.runtime.data.HashTable;
import org.junit.jupiter.api.Test;

/** The spec's runtime functions: share, retain, release, ref count; the destructor runs once, at zero. */
class SharedCountsTest {
    @Test
    void sharingCountsOneAndReturnsTheSameObject() {
        HashTable t = new HashTable();
        assertSame(t, Shared.share(t));
        assertTrue(Shared.isShared(t));
        assertEquals(1, Shared.refCount(t));
        Shared.release(t);
        assertFalse(Shared.isShared(t));
        assertEquals(0, Shared.refCount(t));
    }

    @Test
    void retainAndReleaseCountExactlyAndTheDestructorRunsOnceAtZero() {
        List<Object> destroyed = new ArrayList<>();
        Pair p = new Pair(1L, 2L);
        Shared.share(p, destroyed::add);
        Shared.retain(p);
        Shared.retain(p);
        assertEquals(3, Shared.refCount(p));
        Shared.release(p);
        Shared.release(p);
        assertEquals(List.of(), destroyed, "not yet: one holder left");
        Shared.release(p);
        assertEquals(List.of(p), destroyed);
        SchemeError e = assertThrows(SchemeError.class, () -> Shared.release(p));
        assertTrue(e.getMessage().startsWith("release!: pair shared at SharedCountsTest.java:"), e.getMessage());
        assertTrue(e.getMessage().endsWith(" was already released"), e.getMessage());
        assertThrows(SchemeError.class, () -> Shared.retain(p), "a released value cannot be revived");
        assertEquals(1, destroyed.size());
    }

    @Test
    void sharingAnAlreadySharedValueIsANoOp() {
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        MString s = MString.of("x");
        Shared.share(s, v -> first.incrementAndGet());
        assertSame(s, Shared.share(s, v -> second.incrementAndGet()));
        assertEquals(1, Shared.refCount(s), "sharing again did not count");
        Shared.release(s);
        assertEquals(1, first.get());
        assertEquals(0, second.get(), "the second destructor was ignored");
    }

    @Test
    void valuesWithoutIdentityCannotBeShared() {
        SchemeError e = assertThrows(SchemeError.class, () -> SharedLib.shared(42L));
        assertEquals("shared: expected a heap value (not a number, character, boolean or symbol), got 42", e.getMessage());
        assertThrows(SchemeError.class, () -> SharedLib.shared(Boolean.TRUE));
    }

    @Test
    void countingAValueThatWasNeverSharedIsAnError() {
        SchemeError e = assertThrows(SchemeError.class, () -> Shared.refCount(new Pair(1L, 2L)));
        assertEquals("ref-count: expected a shared value, got (1 . 2)", e.getMessage());
        assertThrows(SchemeError.class, () -> Shared.release(new HashTable()));
    }

    @Test
    void vectorsAndJavaObjectsKeepTheirHeaderInTheSideTable() {
        Object[] vec = {1L, 2L};
        StringBuilder java = new StringBuilder("not ours");
        AtomicInteger destroyed = new AtomicInteger();
        Shared.share(vec, v -> destroyed.incrementAndGet());
        Shared.share(java, v -> destroyed.incrementAndGet());
        assertEquals(1, Shared.refCount(vec));
        assertFalse(Shared.isShared(new Object[] {1L, 2L}), "identity, not equality");
        Shared.retain(java);
        assertEquals(2, Shared.refCount(java));
        Shared.release(vec);
        Shared.release(java);
        Shared.release(java);
        assertEquals(2, destroyed.get());
        assertEquals(0, Shared.refCount(vec), "a released vector still answers released, not never-shared");
    }

    @Test
    void aDestructorThatRaisesStillLetsTheRestOfTheReleaseHappen() {
        Pair child = new Pair(1L, 2L);
        AtomicInteger childDestroyed = new AtomicInteger();
        Shared.share(child, v -> childDestroyed.incrementAndGet());
        Object[] parent = {child};
        Shared.share(parent, v -> { throw new IllegalStateException("boom"); });
        Shared.release(child); // the parent's slot still counts it
        assertEquals(1, Shared.refCount(child));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Shared.release(parent));
        assertEquals("boom", e.getMessage());
        assertEquals(1, childDestroyed.get(), "the parent's slot gave its count back anyway");
    }
}
