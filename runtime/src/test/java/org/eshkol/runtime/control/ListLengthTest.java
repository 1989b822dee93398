package org.eshkol.runtime.control;

import static org.eshkol.runtime.control.Procs.list;
import static org.junit.jupiter.api.Assertions.*;

import org.eshkol.runtime.Pair;
import org.junit.jupiter.api.Test;

/** The list-length check the control builtins use (apply). */
class ListLengthTest {
    @Test
    void listLengthOfProperImproperAndCircularLists() {
        assertEquals(0, org.eshkol.runtime.data.Lists.properLength(list()));
        assertEquals(3, org.eshkol.runtime.data.Lists.properLength(list(1L, 2L, 3L)));
        assertEquals(-1, org.eshkol.runtime.data.Lists.properLength(new Pair(1L, 2L)));
        assertEquals(-1, org.eshkol.runtime.data.Lists.properLength(5L));
        Pair one = new Pair(1L, null);
        one.cdr = one;
        assertEquals(-1, org.eshkol.runtime.data.Lists.properLength(one));
        Pair a = new Pair(1L, null);
        a.cdr = new Pair(2L, new Pair(3L, a));
        assertEquals(-1, org.eshkol.runtime.data.Lists.properLength(a));
    }
}
