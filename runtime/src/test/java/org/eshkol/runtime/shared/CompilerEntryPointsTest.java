package org.eshkol.runtime.shared;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.atomic.AtomicInteger;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.data.HashTable;
import org.junit.jupiter.api.Test;

/**
 * The calls the compiler will emit: retainLocal/releaseLocal around bindings that hold a count,
 * captured for closure captures, stored for define and boxes. They ignore what is not shared.
 */
class CompilerEntryPointsTest {
    @Test
    void scopeExitReleasesWhatTheScopeHeld() {
        AtomicInteger destroyed = new AtomicInteger();
        HashTable cache = new HashTable();
        Shared.share(cache, v -> destroyed.incrementAndGet()); // (shared ...) in the creating scope
        Shared.retainLocal(cache);                              // (let ((local-ref cache)) ...)
        assertEquals(2, Shared.refCount(cache));
        Shared.releaseLocal(cache);                             // the let's scope ends
        assertEquals(1, Shared.refCount(cache));
        Shared.releaseLocal(cache);                             // the creating scope ends
        assertEquals(1, destroyed.get());
        Shared.releaseLocal(cache);                             // already released: ignored
        assertEquals(1, destroyed.get());
    }

    @Test
    void valuesThatAreNotSharedAreIgnored() {
        HashTable keepAlive = new HashTable();
        Shared.share(keepAlive); // makes the hooks take their slow path
        Pair p = new Pair(1L, 2L);
        Shared.retainLocal(p);
        Shared.releaseLocal(p);
        Shared.releaseLocal(5L);
        Shared.captured(new Object(), null);
        Shared.stored(new Object[1], null, "x");
        assertFalse(Shared.isShared(p));
        Shared.release(keepAlive);
    }

    @Test
    void aCaptureCountsLikeAStore() {
        HashTable t = new HashTable();
        Shared.share(t);
        Object closure = new Object();
        Shared.captured(closure, t);
        assertEquals(2, Shared.refCount(t));
        Shared.stored(new Object(), t, null); // another container's slot took no count: nothing given back
        assertEquals(2, Shared.refCount(t));
        Shared.stored(closure, t, null); // the closure is released and gives its capture back
        assertEquals(1, Shared.refCount(t));
        Shared.releaseLocal(t);
        assertFalse(Shared.isShared(t));
    }

    @Test
    void defineCountsTheGlobalsHoldAndTheCreatingScopeGivesItsCountBack() {
        HashTable t = new HashTable();
        Shared.share(t);                // (define cache (shared (make-hash-table)))
        Object global = new Object();
        Shared.stored(global, null, t);  // the global now holds it
        Shared.releaseLocal(t);         // the top-level form's scope ends
        assertEquals(1, Shared.refCount(t), "held by the global only");
        Shared.stored(global, t, Boolean.FALSE); // (set! cache #f)
        assertFalse(Shared.isShared(t));
    }

    @Test
    void nothingSharedMeansTheHooksDoNothing() {
        if (Shared.active()) return; // another test class on this JVM left values alive: nothing to check
        Pair p = new Pair(1L, 2L);
        Shared.stored(new Object[1], null, p);
        Shared.releaseLocal(p);
        assertFalse(Shared.active());
    }
}
