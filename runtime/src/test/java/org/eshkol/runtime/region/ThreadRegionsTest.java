package org.eshkol.runtime.region;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.atomic.AtomicReference;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.DynamicState;
import org.eshkol.runtime.EvaluationScope;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.StoreHooks;
import org.junit.jupiter.api.Test;

/**
 * Per-thread region counts: what leak audits and the store check's flag see when regions are
 * opened and closed on different threads, inside and outside engine evaluations.
 */
class ThreadRegionsTest {
    @Test
    void aRegionClosedByAnotherThreadIsCountedClosed() throws Exception {
        long open = Region.openCount();
        int live = Region.liveArenas();
        AtomicReference<Region> made = new AtomicReference<>();
        Thread t = new Thread(() -> {
            Region r = Region.create("elsewhere", 64);
            r.allocate(8);
            made.set(r);
        });
        t.start();
        t.join();
        assertEquals(open + 1, Region.openCount(), "a dead thread's open region still counts");
        assertEquals(live + 1, Region.liveArenas(), "and so does its arena");
        ThreadRegions theirs = made.get().counts;
        assertTrue(theirs.flagged, "the dead thread's arena still counts in the store flag");
        made.get().close();
        assertFalse(theirs.flagged, "taken back when its last arena is released elsewhere");
        assertEquals(open, Region.openCount());
        assertEquals(live, Region.liveArenas());
    }

    @Test
    void theStoreFlagFollowsArenasOutsideEvaluations() {
        try (Region outer = Region.open("outer", 0)) {
            ThreadRegions mine = DynamicState.current().regions;
            assertFalse(mine.flagged, "an empty region takes no chunk and raises no flag");
            Bytevector.allocate(16);
            assertTrue(mine.flagged, "an arena holding a chunk raises the flag");
            assertTrue(StoreHooks.active(), "and with it the process-wide one");
            try (Region inner = Region.open("inner", 0)) {
                Bytevector.allocate(16);
            }
            assertTrue(mine.flagged, "the outer arena still holds its chunk");
        }
        assertFalse(DynamicState.current().regions.flagged, "the outermost region closed outside an evaluation lowers it");
    }

    @Test
    void insideAnEvaluationTheFlagIsLoweredWhenItEnds() {
        DynamicState ds = DynamicState.current();
        EvaluationScope scope = EvaluationScope.enter(ds.regionPolicy, null);
        try {
            for (int i = 0; i < 3; i++) {
                try (Region r = Region.open("request", 0)) {
                    Bytevector.allocate(16);
                }
                assertTrue(ds.regions.flagged, "kept for the rest of the evaluation: no atomic per region");
                assertEquals(0, Region.liveArenas(), "while the arenas themselves are gone");
            }
        } finally {
            scope.exit();
        }
        assertFalse(ds.regions.flagged, "lowered when the evaluation ends");
    }

    @Test
    void aStoreOnAThreadWithoutArenasSkipsTheWalk() throws Exception {
        try (Region r = Region.open("mine", 0)) {
            Bytevector b = Bytevector.allocate(4);
            AtomicReference<Region> seen = new AtomicReference<>();
            Thread t = new Thread(() -> {
                // this thread has no arena: the check does not touch another thread's region
                Escapes.stored(new Pair(b, Nil.NIL));
                seen.set(b.region());
            });
            t.start();
            t.join();
            assertSame(r, seen.get(), "not promoted by a thread that cannot own it");
            Escapes.stored(new Pair(b, Nil.NIL));
            assertSame(Region.HEAP, b.region(), "the owner's store check promotes it");
        }
    }
}
