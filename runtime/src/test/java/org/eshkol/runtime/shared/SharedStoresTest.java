package org.eshkol.runtime.shared;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.eshkol.runtime.Global;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Symbol;
import org.eshkol.runtime.data.HashTable;
import org.eshkol.runtime.data.ListLib;
import org.eshkol.runtime.data.PairLib;
import org.eshkol.runtime.data.VectorLib;
import org.junit.jupiter.api.Test;

/** Stores count what they store and give back what they overwrite; they never give back more than they took. */
class SharedStoresTest {
    private final List<Object> destroyed = new ArrayList<>();

    private HashTable sharedTable() {
        HashTable t = new HashTable();
        Shared.share(t, destroyed::add);
        return t;
    }

    @Test
    void vectorSetCountsAndOverwritingGivesBack() {
        HashTable t = sharedTable();
        Object[] vec = new Object[2];
        VectorLib.set(vec, 0L, t);
        VectorLib.set(vec, 1L, t);
        assertEquals(3, Shared.refCount(t));
        VectorLib.set(vec, 0L, 5L);
        assertEquals(2, Shared.refCount(t));
        Shared.release(t); // the creator lets go: only the vector holds it now
        assertEquals(List.of(), destroyed);
        VectorLib.set(vec, 1L, 6L);
        assertEquals(List.of(t), destroyed, "the last store overwritten released it");
    }

    @Test
    void setCarSetCdrAndListSetCount() {
        HashTable t = sharedTable();
        Pair p = new Pair(Nil.NIL, Nil.NIL);
        PairLib.setCar(p, t);
        PairLib.setCdr(p, t);
        ListLib.listSet(new Pair(0L, Nil.NIL), 0L, t);
        assertEquals(4, Shared.refCount(t));
        PairLib.setCar(p, 1L);
        PairLib.setCdr(p, 1L);
        assertEquals(2, Shared.refCount(t), "the list-set! slot still holds one");
        Shared.release(t);
        Shared.release(t);
        assertEquals(List.of(t), destroyed);
    }

    @Test
    void hashTablePutRemoveAndClearCount() {
        HashTable t = sharedTable();
        HashTable holder = new HashTable();
        holder.put("k", t);
        holder.put(t, "as a key");
        assertEquals(3, Shared.refCount(t));
        holder.put("k", t); // same value again: no change
        assertEquals(3, Shared.refCount(t));
        holder.remove("k");
        assertEquals(2, Shared.refCount(t));
        holder.clear();
        assertEquals(1, Shared.refCount(t));
        Shared.release(t);
        assertEquals(List.of(t), destroyed);
    }

    @Test
    void setOfAGlobalCountsAndGivesBack() {
        HashTable t = sharedTable();
        Global g = new Global(Symbol.intern("shared-stores-test-global"));
        g.value = Boolean.FALSE; // define: the compiler's job (Shared.stored(null, v))
        g.set(t);
        assertEquals(2, Shared.refCount(t));
        g.set(Boolean.FALSE);
        assertEquals(1, Shared.refCount(t));
        Shared.release(t);
    }

    @Test
    void storingAnUnsharedListCountsTheSharedValuesItHolds() {
        HashTable a = sharedTable();
        HashTable b = sharedTable();
        Object list = new Pair(a, new Pair(b, new Pair(a, Nil.NIL)));
        Object[] vec = new Object[1];
        VectorLib.set(vec, 0L, list);
        assertEquals(3, Shared.refCount(a), "held twice by the stored list");
        assertEquals(2, Shared.refCount(b));
        VectorLib.set(vec, 0L, Nil.NIL);
        assertEquals(1, Shared.refCount(a));
        assertEquals(1, Shared.refCount(b));
        Shared.release(a);
        Shared.release(b);
        assertEquals(List.of(a, b), destroyed);
    }

    @Test
    void overwritingASlotThatNoStoreCountedNeverReleasesTheValue() {
        HashTable t = sharedTable();
        Pair built = new Pair(t, Nil.NIL); // a constructor: no count taken
        PairLib.setCar(built, 0L);
        assertEquals(1, Shared.refCount(t), "stores give back only what stores took");
        assertEquals(List.of(), destroyed);
        Shared.release(t);
    }

    @Test
    void vectorFillAndCopyCountEachSlot() {
        HashTable t = sharedTable();
        Object[] vec = new Object[3];
        VectorLib.fill(vec, t);
        assertEquals(4, Shared.refCount(t));
        Object[] other = {1L, 2L, 3L};
        VectorLib.copyInto(vec, 1L, other, 0L, 2L);
        assertEquals(2, Shared.refCount(t));
        VectorLib.copyInto(other, 0L, vec);
        assertEquals(3, Shared.refCount(t), "the copy's slot 0 holds it too");
        VectorLib.fill(vec, 0L);
        VectorLib.fill(other, 0L);
        assertEquals(1, Shared.refCount(t));
        Shared.release(t);
        assertEquals(List.of(t), destroyed);
    }

    @Test
    void aSharedContainerCountsWhatItHoldsAndGivesItBackAtZeroParentFirst() {
        List<String> order = new ArrayList<>();
        Pair child = new Pair(1L, Nil.NIL);
        Shared.share(child, v -> order.add("child"));
        Object[] parent = {child, new Pair(child, Nil.NIL)};
        Shared.share(parent, v -> order.add("parent"));
        assertEquals(3, Shared.refCount(child), "its creator and two slots of the parent");
        Shared.release(child);
        Shared.release(parent);
        assertEquals(List.of("parent", "child"), order);
    }

    @Test
    void aLongChainOfSharedValuesReleasesWithoutDeepRecursion() {
        Object next = Nil.NIL;
        int n = 20_000; // a recursive release would overflow the stack long before this
        int[] destroyedCount = {0};
        for (int i = 0; i < n; i++) {
            Pair p = new Pair((long) i, next);
            Shared.share(p, v -> destroyedCount[0]++);
            if (next instanceof Pair q) Shared.release(q); // now held only by p's cdr
            next = p;
        }
        Shared.release(next);
        assertEquals(n, destroyedCount[0]);
    }
}
