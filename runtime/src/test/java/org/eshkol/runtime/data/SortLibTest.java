package org.eshkol.runtime.data;

import static org.eshkol.runtime.data.TestSupport.assertError;
import static org.eshkol.runtime.data.TestSupport.assertWrites;
import static org.eshkol.runtime.data.TestSupport.proc;
import static org.eshkol.runtime.data.TestSupport.read;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class SortLibTest {
    static final Procedure LESS = proc("<", a -> (Long) a[0] < (Long) a[1]);
    static final Procedure CAR_LESS = proc("car<", a -> (Long) ((Pair) a[0]).car < (Long) ((Pair) a[1]).car);

    @Test
    void sortsListsAndVectorsInEitherArgumentOrder() {
        assertWrites("(1 2 3 4 5)", SortLib.sort(read("(3 1 4 5 2)"), LESS));
        assertWrites("(1 2 3 4 5)", SortLib.sort(LESS, read("(3 1 4 5 2)")));
        assertWrites("#(1 2 3)", SortLib.sort(read("#(3 2 1)"), LESS));
        assertWrites("()", SortLib.sort(read("()"), LESS));
        Object v = read("#(3 2 1)");
        SortLib.sort(v, LESS);
        assertWrites("#(3 2 1)", v);
        assertSame(v, SortLib.sortInPlace(v, LESS));
        assertWrites("#(1 2 3)", v);
        Object l = read("(2 1)");
        SortLib.sortInPlace(LESS, l);
        assertWrites("(1 2)", l);
        assertError("sort: expected a procedure, got 5", () -> SortLib.sort(read("(1)"), 5L));
    }

    @Test
    void sortIsStable() {
        assertWrites("((1 . a) (1 . c) (2 . b) (2 . d) (3 . e))",
                SortLib.sort(read("((2 . b) (1 . a) (3 . e) (2 . d) (1 . c))"), CAR_LESS));
        Random r = new Random(42);
        Object[] items = new Object[500];
        for (int i = 0; i < items.length; i++) items[i] = new Pair((long) r.nextInt(10), (long) i);
        Object[] sorted = (Object[]) SortLib.sort(items, CAR_LESS);
        for (int i = 1; i < sorted.length; i++) {
            Pair a = (Pair) sorted[i - 1];
            Pair b = (Pair) sorted[i];
            Assertions.assertTrue((Long) a.car < (Long) b.car || (a.car.equals(b.car) && (Long) a.cdr < (Long) b.cdr),
                    "order broken at " + i);
        }
    }
}
