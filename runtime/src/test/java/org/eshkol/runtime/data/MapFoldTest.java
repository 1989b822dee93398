package org.eshkol.runtime.data;

import static org.eshkol.runtime.data.TestSupport.assertError;
import static org.eshkol.runtime.data.TestSupport.assertWrites;
import static org.eshkol.runtime.data.TestSupport.proc;
import static org.eshkol.runtime.data.TestSupport.read;
import static org.eshkol.runtime.data.TestSupport.str;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.MultipleValues;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;
import org.junit.jupiter.api.Test;

/** map/for-each over lists, vectors and strings, and the SRFI-1 folds and predicates. */
class MapFoldTest {
    static final Procedure PLUS = proc("+", a -> {
        long s = 0;
        for (Object x : a) s += (Long) x;
        return s;
    });
    static final Procedure LIST = proc("list", Lists::fromArray);
    static final Procedure CONS = proc("cons", a -> new Pair(a[0], a[1]));
    static final Procedure EVEN = proc("even?", a -> (Long) a[0] % 2 == 0);

    @Test
    void mapStopsAtTheShortestList() {
        assertWrites("(b e h)", MapLib.map(proc("cadr", a -> CxrLib.cadr(a[0])), read("((a b) (d e) (g h))")));
        assertWrites("(5 7 9)", MapLib.map(PLUS, read("(1 2 3)"), read("(4 5 6)"), new Object[0]));
        assertWrites("(5 7)", MapLib.map(PLUS, read("(1 2 3)"), read("(4 5)"), new Object[0]));
        Pair cyc = (Pair) read("(10)");
        cyc.cdr = cyc;
        assertWrites("(11 12 13)", MapLib.map(PLUS, read("(1 2 3)"), cyc, new Object[0]));
        assertWrites("()", MapLib.map(PLUS, Nil.NIL));
        assertError("map: expected a procedure, got 5", () -> MapLib.map(5L, read("(1)")));
        assertError("map: expected a list, got 5", () -> MapLib.map(PLUS, 5L));
    }

    @Test
    void forEachVisitsInOrder() {
        List<Object> seen = new ArrayList<>();
        MapLib.forEach(proc("f", a -> seen.add(a[0])), read("(1 2 3)"));
        MapLib.forEach(proc("f", a -> seen.add(Lists.fromArray(a))), read("(a b)"), read("(x y z)"), new Object[0]);
        assertWrites("(1 2 3 (a x) (b y))", Lists.fromArray(seen.toArray()));
    }

    @Test
    void vectorAndStringMaps() {
        assertWrites("#(5 7 9)", MapLib.vectorMap(PLUS, read("#(1 2 3)"), new Object[] {read("#(4 5 6 7)")}));
        List<Object> seen = new ArrayList<>();
        MapLib.vectorForEach(proc("f", a -> seen.add(a[0])), read("#(0 1 4)"), new Object[0]);
        assertEquals(List.of(0L, 1L, 4L), seen);
        Procedure up = proc("char-upcase", a -> CharLib.upcase(a[0]));
        assertWrites("\"ABC\"", MapLib.stringMap(up, str("abc"), new Object[0]));
        Procedure pick = proc("pick", a -> ((Char) a[0]).codePoint < ((Char) a[1]).codePoint ? a[0] : a[1]);
        assertWrites("\"abc\"", MapLib.stringMap(pick, str("ebcd"), new Object[] {str("abz")}));
        StringBuilder sb = new StringBuilder();
        MapLib.stringForEach(proc("f", a -> sb.append(a[0])), str("hé😀"), new Object[0]);
        assertEquals("hé😀", sb.toString());
        assertError("string-map: expected a character, got 1", () -> MapLib.stringMap(proc("f", a -> 1L), str("a"), new Object[0]));
    }

    @Test
    void folds() {
        assertEquals(6L, FoldLib.fold(PLUS, 0L, read("(1 2 3)"), new Object[0]));
        assertWrites("(3 2 1)", FoldLib.fold(CONS, Nil.NIL, read("(1 2 3)"), new Object[0]));
        assertWrites("(c 3 b 2 a 1)", FoldLib.fold(proc("f", a -> new Pair(a[0], new Pair(a[1], a[2]))), Nil.NIL,
                read("(a b c)"), new Object[] {read("(1 2 3 4)")}));
        assertWrites("(((() 1) 2) 3)", FoldLib.foldLeft(LIST, Nil.NIL, read("(1 2 3)"), new Object[0]));
        assertWrites("(1 2 3)", FoldLib.foldRight(CONS, Nil.NIL, read("(1 2 3)"), new Object[0]));
        assertWrites("(1 (2 (3 ())))", FoldLib.foldRight(LIST, Nil.NIL, read("(1 2 3)"), new Object[0]));
        assertWrites("(a 1 (b 2 ()))", FoldLib.foldRight(LIST, Nil.NIL, read("(a b)"), new Object[] {read("(1 2 3)")}));
        assertWrites("(0 a 1)", FoldLib.foldLeft(LIST, 0L, read("(a)"), new Object[] {read("(1 2)")}));
        assertEquals(10L, FoldLib.reduce(PLUS, 0L, read("(1 2 3 4)")));
        assertEquals(0L, FoldLib.reduce(PLUS, 0L, Nil.NIL));
        assertWrites("(4 (3 (2 1)))", FoldLib.reduce(LIST, 0L, read("(1 2 3 4)")));
    }

    @Test
    void filtersAndSearches() {
        assertWrites("(0 2 4)", FoldLib.filter(EVEN, read("(0 1 2 3 4 5)")));
        assertWrites("(1 3 5)", FoldLib.remove(EVEN, read("(0 1 2 3 4 5)")));
        MultipleValues mv = (MultipleValues) FoldLib.partition(EVEN, read("(1 2 3 4)"));
        assertWrites("(2 4)", mv.values[0]);
        assertWrites("(1 3)", mv.values[1]);
        assertEquals(2L, FoldLib.count(EVEN, read("(1 2 3 4)"), new Object[0]));
        assertWrites("#t", FoldLib.any(EVEN, read("(1 3 4)"), new Object[0]));
        assertWrites("#f", FoldLib.any(EVEN, read("(1 3)"), new Object[0]));
        assertWrites("7", FoldLib.any(PLUS, read("(1 2)"), new Object[] {read("(6)")}));
        assertWrites("#t", FoldLib.every(EVEN, Nil.NIL, new Object[0]));
        assertWrites("#f", FoldLib.every(EVEN, read("(2 3)"), new Object[0]));
        assertWrites("6", FoldLib.every(PLUS, read("(1 2)"), new Object[] {read("(3 4)")}));
        assertWrites("4", FoldLib.find(EVEN, read("(1 3 4 5)")));
        assertWrites("#f", FoldLib.find(EVEN, read("(1 3)")));
        assertWrites("(4 5)", FoldLib.findTail(EVEN, read("(1 3 4 5)")));
        assertWrites("2", FoldLib.listIndex(EVEN, read("(1 3 4 5)"), new Object[0]));
        assertWrites("(1 1 2 2)", MapLib.appendMap(proc("f", a -> Lists.of(a[0], a[0])), read("(1 2)"), new Object[0]));
        assertWrites("(0 4)", MapLib.filterMap(proc("f", a -> (Long) a[0] % 2 == 0 ? (Object) ((Long) a[0] * 2) : Boolean.FALSE),
                read("(0 1 2 3)"), new Object[0]));
        assertError("filter: expected a proper list, got (1 . 2)", () -> FoldLib.filter(EVEN, read("(1 . 2)")));
    }
}
