package org.eshkol.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eshkol.runtime.shared.Shared;
import org.junit.jupiter.api.Test;

/**
 * Runs each shared-value benchmark's body outside JMH: the counts must end where they started (the
 * tear-downs check that and release the value). Timings are never taken.
 */
class SharedBenchmarksSmokeTest {
    @Test
    void counts() throws InterruptedException {
        SharedCountBenchmark b = new SharedCountBenchmark();
        b.setUp();
        Object v = b.retainRelease();
        assertEquals(1, Shared.refCount(v), "a retain/release pair leaves the count as it was");
        assertSame(v, b.strongRefOfLiveWeak(), "the live value comes back from its weak reference");
        assertEquals(1, Shared.refCount(v));
        assertEquals(1, b.atomicPair());
        assertSame(v, b.retainCallRelease());
        assertEquals(1, Shared.refCount(v), "so does a pair around a call");
        assertEquals(1, b.atomicCallPair());
        assertSame(v, b.callOnly());
        assertEquals(0, Shared.refCount(b.shareAndRelease()), "shared and released");
        assertEquals("SharedCountBenchmark", Shared.site(b.shareAndReleaseWithSite()));
        Object elsewhere = b.retainReleaseElsewhere();
        assertEquals(1, Shared.refCount(elsewhere), "a pair on a value another thread shared leaves its count too");
        b.tearDown();
        assertEquals(0, Shared.refCount(v), "released by the tear-down");
    }

    @Test
    void frames() {
        SharedFrameBenchmark b = new SharedFrameBenchmark();
        b.setUp();
        b.emptyFrame();
        assertEquals(b.handedOnThroughList(), b.returnedDirectly());
        assertEquals(b.returnedDirectly(), b.returnedDirectlyThroughApply());
        assertEquals(b.returnedDirectly(), b.temporaryReleased());
        b.tearDown();
    }
}
