package org.eshkol.runtime.control;

import static org.eshkol.runtime.control.Procs.list;
import static org.junit.jupiter.api.Assertions.*;

import org.eshkol.runtime.Pair;
import org.junit.jupiter.api.Test;

class ArgsTest {
    @Test
    void listLengthOfProperImproperAndCircularLists() {
        assertEquals(0, Args.listLength(list()));
        assertEquals(3, Args.listLength(list(1L, 2L, 3L)));
        assertEquals(-1, Args.listLength(new Pair(1L, 2L)));
        assertEquals(-1, Args.listLength(5L));
        Pair one = new Pair(1L, null);
        one.cdr = one;
        assertEquals(-1, Args.listLength(one));
        Pair a = new Pair(1L, null);
        a.cdr = new Pair(2L, new Pair(3L, a));
        assertEquals(-1, Args.listLength(a));
    }
}
