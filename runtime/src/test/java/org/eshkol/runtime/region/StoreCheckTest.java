package org.eshkol.runtime.region;

import static org.junit.jupiter.api.Assertions.*;

import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.data.PairLib;
import org.eshkol.runtime.data.VectorLib;
import org.junit.jupiter.api.Test;

/** The store check inside regions: what it promotes, and that its memory of clean containers is sound. */
class StoreCheckTest {
    @Test
    void aValueStoredIntoAContainerMovesToTheHeap() {
        try (Region r = Region.open("req", 0)) {
            Bytevector b = Bytevector.allocate(4);
            Object[] vec = new Object[1];
            VectorLib.set(vec, 0L, new Pair(b, Nil.NIL));
            assertTrue(b.onHeap());
            assertEquals(1, r.promotions());
        }
    }

    @Test
    void aCleanContainerIsNotWalkedAgainButNewValuesInItAreStillPromoted() {
        try (Region r = Region.open("req", 0)) {
            Object[] sink = new Object[1];
            Object list = Nil.NIL;
            for (int i = 0; i < 1000; i++) {
                list = new Pair((long) i, list);
                VectorLib.set(sink, 0L, list); // walks only the new pair: the rest is known clean
            }
            // a later arena value put into a clean pair goes through set-car!'s own check
            Bytevector late = Bytevector.allocate(2);
            PairLib.setCar(list, late);
            assertTrue(late.onHeap(), "stored into a known-clean container, still promoted");
            Bytevector inNew = Bytevector.allocate(2);
            VectorLib.set(sink, 0L, new Pair(inNew, list));
            assertTrue(inNew.onHeap(), "inside a new pair in front of clean structure");
        }
    }

    @Test
    void theMemoryIsDroppedWhenTheOutermostRegionCloses() {
        Object[] sink = new Object[1];
        Pair p = new Pair(Nil.NIL, Nil.NIL);
        try (Region r = Region.open("first", 0)) {
            Bytevector.allocate(1);
            VectorLib.set(sink, 0L, p);
        }
        try (Region r = Region.open("second", 0)) {
            Bytevector b = Bytevector.allocate(1);
            p.car = b; // a raw write the check never saw (as a closure's box would be)
            VectorLib.set(sink, 0L, p);
            assertTrue(b.onHeap(), "a new region tree walks p again");
        }
    }
}
