package org.eshkol.runtime.data;

import static org.eshkol.runtime.data.TestSupport.assertError;
import static org.eshkol.runtime.data.TestSupport.assertWrites;
import static org.eshkol.runtime.data.TestSupport.proc;
import static org.eshkol.runtime.data.TestSupport.read;
import static org.eshkol.runtime.data.TestSupport.str;
import static org.eshkol.runtime.data.TestSupport.sym;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HashTableTest {

    @Test
    void equalKeysFindEachOther() {
        Object h = HashTableLib.make();
        HashTableLib.set(h, read("(1 2)"), sym("list"));
        HashTableLib.set(h, str("key"), sym("string"));
        HashTableLib.set(h, 3L, sym("three"));
        assertWrites("list", HashTableLib.ref(h, read("(1 2)")));
        assertWrites("string", HashTableLib.ref(h, str("key")));
        assertWrites("three", HashTableLib.ref(h, 3L));
        assertWrites("#f", HashTableLib.ref(h, 3.0));
        assertWrites("#f", HashTableLib.ref(h, read("(1 2 3)")));
        assertWrites("none", HashTableLib.ref(h, sym("x"), sym("none")));
        assertWrites("called", HashTableLib.ref(h, sym("x"), proc("thunk", a -> sym("called"))));
        assertTrue(HashTableLib.hasKey(h, str("key")));
        assertEquals(3L, HashTableLib.count(h));
        HashTableLib.remove(h, str("key"));
        assertFalse(HashTableLib.hasKey(h, str("key")));
        assertEquals(2L, HashTableLib.count(h));
        assertError("hash-ref: expected a hash table, got 5", () -> HashTableLib.ref(5L, 1L));
    }

    @Test
    void insertionOrderIsKept() {
        Object h = HashTableLib.make();
        for (String k : new String[] {"d", "a", "c", "b"}) HashTableLib.set(h, sym(k), (long) k.charAt(0));
        HashTableLib.set(h, sym("a"), 0L);
        HashTableLib.remove(h, sym("c"));
        HashTableLib.set(h, sym("c"), 1L);
        assertWrites("(d a b c)", HashTableLib.keys(h));
        assertWrites("(100 0 98 1)", HashTableLib.values(h));
        assertWrites("((d . 100) (a . 0) (b . 98) (c . 1))", HashTableLib.toAlist(h));
    }

    @Test
    void updateAndWalk() {
        Object h = HashTableLib.make();
        Object inc = proc("inc", a -> (Long) a[0] + 1);
        HashTableLib.update(h, sym("n"), inc, 0L);
        HashTableLib.update(h, sym("n"), inc);
        HashTableLib.updateDefault(h, sym("m"), inc, 10L);
        assertWrites("2", HashTableLib.ref(h, sym("n")));
        assertWrites("11", HashTableLib.ref(h, sym("m")));
        assertError("hash-update!: no value for key z", () -> HashTableLib.update(h, sym("z"), inc));
        // removing and adding while walking sees the snapshot and does not throw
        StringBuilder seen = new StringBuilder();
        HashTableLib.forEach(h, proc("walk", a -> {
            seen.append(a[0]).append('=').append(a[1]).append(' ');
            HashTableLib.remove(h, sym("m"));
            HashTableLib.set(h, sym("k" + seen.length()), 0L);
            return null;
        }));
        assertEquals("n=2 m=11 ", seen.toString());
        assertEquals(3L, HashTableLib.count(h));
        Object copy = HashTableLib.copy(h);
        HashTableLib.clear(h);
        assertEquals(0L, HashTableLib.count(h));
        assertEquals(3L, HashTableLib.count(copy));
    }

    @Test
    void eqvTablesCompareByIdentity() {
        Object h = HashTableLib.make(proc("eqv?", a -> Equality.eqv(a[0], a[1])));
        HashTableLib.set(h, str("a"), 1L);
        HashTableLib.set(h, 5L, 2L);
        assertWrites("#f", HashTableLib.ref(h, str("a")));
        assertWrites("2", HashTableLib.ref(h, 5L));
    }

    @Test
    void agreesWithJavaMapUnderRandomChurn() {
        HashTable t = new HashTable();
        Map<Long, Long> ref = new HashMap<>();
        Random r = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            long k = r.nextInt(500);
            if (r.nextInt(3) == 0) {
                assertEquals(ref.remove(k) != null, t.remove(k));
            } else {
                t.put(k, (long) i);
                ref.put(k, (long) i);
            }
        }
        assertEquals(ref.size(), t.size());
        for (long k = 0; k < 500; k++) {
            Object v = t.get(k);
            if (ref.containsKey(k)) assertEquals(ref.get(k), v);
            else assertNull(v);
        }
        assertTrue(t.capacity() <= 2048, "tombstones must not grow the table without bound: " + t.capacity());
    }
}
