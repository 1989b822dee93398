package org.eshkol.runtime.shared;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.data.PairLib;
import org.eshkol.runtime.data.VectorLib;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Trial deletion finds garbage cycles among shared values, reports them, and reclaims them when enabled. */
class SharedCyclesTest {
    private final List<String> reports = new CopyOnWriteArrayList<>();
    private final List<String> destroyed = new ArrayList<>();

    @BeforeEach
    void listen() {
        SharedCycles.collect(); // leave no candidates of earlier tests behind
        Shared.setReportListener(reports::add);
    }

    @AfterEach
    void restore() {
        Shared.setReportListener(null);
        SharedCycles.setReclaim(false);
    }

    private Pair node(String name) {
        Pair p = new Pair(Nil.NIL, Nil.NIL);
        Shared.share(p, v -> destroyed.add(name));
        return p;
    }

    @Test
    void aCycleHeldOnlyByItselfIsFoundAndReportedButNotReclaimedByDefault() {
        Pair a = node("a");
        Pair b = node("b");
        PairLib.setCar(a, b);
        PairLib.setCar(b, a);
        Shared.release(a);
        Shared.release(b);
        assertEquals(1, Shared.refCount(a), "each is held by the other");
        List<SharedCycles.Cycle> found = SharedCycles.collect();
        assertEquals(1, found.size());
        assertEquals(2, found.get(0).members().size());
        assertFalse(found.get(0).reclaimed());
        assertEquals(1, reports.size());
        assertTrue(reports.get(0).matches("shared cycle: 2 values held only by each other: pair \\(shared at "
                + "SharedCyclesTest\\.java:\\d+, count 1\\), pair \\(shared at SharedCyclesTest\\.java:\\d+, count 1\\); "
                + "not reclaimed \\(reclaiming is off\\)"), reports.get(0));
        assertEquals(List.of(), destroyed);
        PairLib.setCar(a, Nil.NIL); // break it by hand
        assertEquals(List.of("b", "a"), destroyed);
    }

    @Test
    void aCycleIsReclaimedWhenEnabledAndGivesBackWhatItHeldOutside() {
        SharedCycles.setReclaim(true);
        Pair a = node("a");
        Pair b = node("b");
        Pair outside = node("outside");
        PairLib.setCar(a, b);
        PairLib.setCar(b, a);
        PairLib.setCdr(b, outside);
        Shared.release(a);
        Shared.release(b);
        assertEquals(2, Shared.refCount(outside));
        assertEquals(1L, SharedLib.collectCycles());
        assertEquals(2, destroyed.size());
        assertTrue(destroyed.containsAll(List.of("a", "b")));
        assertEquals(0, Shared.refCount(a));
        assertEquals(1, Shared.refCount(outside), "its creator still holds it");
        Shared.release(outside);
        assertEquals(3, destroyed.size());
    }

    @Test
    void aCycleAlsoHeldFromOutsideIsNotGarbage() {
        SharedCycles.setReclaim(true);
        Pair a = node("a");
        Pair b = node("b");
        PairLib.setCar(a, b);
        PairLib.setCar(b, a);
        Object[] holder = new Object[1];
        VectorLib.set(holder, 0L, b);
        Shared.release(a);
        Shared.release(b);
        assertEquals(List.of(), SharedCycles.collect());
        assertEquals(List.of(), destroyed);
        assertEquals(List.of(), reports);
        VectorLib.set(holder, 0L, Nil.NIL); // the last outside holder goes: a cycle again
        assertEquals(1, SharedCycles.collect().size());
        assertEquals(2, destroyed.size());
    }

    @Test
    void aSelfCycleThroughUnsharedStructureIsFound() {
        SharedCycles.setReclaim(true);
        Pair a = node("a");
        Pair inner = new Pair(Nil.NIL, Nil.NIL);
        PairLib.setCdr(a, inner);
        PairLib.setCar(inner, a);
        Shared.release(a);
        assertEquals(1, Shared.refCount(a));
        assertEquals(1, SharedCycles.collect().size());
        assertEquals(List.of("a"), destroyed);
    }

    @Test
    void anEdgeThatHoldsNoCountCannotCancelALiveHoldersCount() {
        SharedCycles.setReclaim(true);
        Pair x = new Pair(Nil.NIL, Nil.NIL);          // not shared yet
        Pair y = new Pair(x, Nil.NIL);                // y's constructor slot holds x: no count
        Shared.share(y, v -> destroyed.add("y"));
        Shared.share(x, v -> destroyed.add("x"));     // x's count 1: its creator (a global, say) holds it
        PairLib.setCar(x, y);                         // x -> y holds a count
        Shared.release(y);                            // y is held only through x now: a candidate
        assertEquals(0, SharedCycles.collect().size(), "x is still held: y -> x holds no count");
        assertTrue(Shared.isShared(x));
        assertTrue(Shared.isShared(y));
        assertEquals(List.of(), destroyed);
        Shared.release(x);                            // the holder lets go: x, then y through x's slot
        assertEquals(List.of("x", "y"), destroyed);
    }

    @Test
    void aCycleMemberHeldByAFrameIsNotGarbageUntilTheFrameEnds() {
        SharedCycles.setReclaim(true);
        int frame = Shared.frameEnter();
        Pair a = node("a");
        Pair b = node("b");
        PairLib.setCar(a, b);
        PairLib.setCar(b, a);
        Shared.release(b);
        Shared.releaseLocal(a, new Pair(a, Nil.NIL)); // a's scope returns a list holding a: the frame holds the count
        assertEquals(0, SharedCycles.collect().size());
        assertEquals(List.of(), destroyed);
        Shared.frameExit(frame, null);                // the frame ends: now only the cycle holds them
        List<SharedCycles.Cycle> found = SharedCycles.collect();
        assertEquals(1, found.size());
        assertTrue(found.get(0).reclaimed());
        assertEquals(2, destroyed.size());
    }

    @Test
    void thePeriodicCollectorRunsOnItsOwn() throws Exception {
        SharedCycles.setReclaim(true);
        Pair a = node("a");
        PairLib.setCar(a, a);
        Shared.release(a);
        try (AutoCloseable periodic = SharedCycles.startPeriodic(java.time.Duration.ofMillis(10))) {
            for (int i = 0; i < 300 && (Shared.isShared(a) || reports.isEmpty()); i++) Thread.sleep(10);
        }
        assertFalse(Shared.isShared(a));
        assertEquals(1, reports.size(), reports.toString());
    }
}
