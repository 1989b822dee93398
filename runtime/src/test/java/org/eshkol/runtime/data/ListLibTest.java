package org.eshkol.runtime.data;

import static org.eshkol.runtime.data.TestSupport.assertError;
import static org.eshkol.runtime.data.TestSupport.assertWrites;
import static org.eshkol.runtime.data.TestSupport.read;
import static org.eshkol.runtime.data.TestSupport.sym;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.junit.jupiter.api.Test;

/** Pairs, c[ad]r compositions and the R7RS list procedures, with R7RS's own examples. */
class ListLibTest {

    @Test
    void pairsAndCxr() {
        assertWrites("(a b c)", PairLib.cons(sym("a"), read("(b c)")));
        assertWrites("((a) b c d)", PairLib.cons(read("(a)"), read("(b c d)")));
        assertWrites("(a . 3)", PairLib.cons(sym("a"), 3L));
        assertWrites("a", PairLib.car(read("(a b c)")));
        assertWrites("(b c d)", PairLib.cdr(read("(a b c d)")));
        assertError("car: expected a pair, got ()", () -> PairLib.car(Nil.NIL));
        assertError("cdr: expected a pair, got 5", () -> PairLib.cdr(5L));
        assertWrites("c", CxrLib.caddr(read("(a b c d)")));
        assertWrites("b", CxrLib.cadr(read("(a b)")));
        assertWrites("d", CxrLib.cadddr(read("(a b c d)")));
        assertWrites("x", CxrLib.caadr(read("(a (x) c)")));
        assertWrites("(d)", CxrLib.cdddr(read("(a b c d)")));
        assertError("cadr: expected a pair, got ()", () -> CxrLib.cadr(read("(1)")));
        assertError("caddr: expected a pair, got 5", () -> CxrLib.caddr(5L));
        Pair p = (Pair) read("(1 2)");
        PairLib.setCar(p, 9L);
        PairLib.setCdr(p, 3L);
        assertWrites("(9 . 3)", p);
        assertError("set-car!: expected a pair, got #f", () -> PairLib.setCar(false, 1L));
    }

    @Test
    void listPredicatesAndLength() {
        assertTrue(ListLib.isList(read("(a b c)")));
        assertTrue(ListLib.isList(Nil.NIL));
        assertFalse(ListLib.isList(read("(a . b)")));
        Pair cyc = (Pair) read("(1 2)");
        ((Pair) cyc.cdr).cdr = cyc;
        assertFalse(ListLib.isList(cyc));
        assertEquals(3L, ListLib.length(read("(a (b) (c d e))")));
        assertEquals(0L, ListLib.length(Nil.NIL));
        assertError("length: expected a proper list, got (1 . 2)", () -> ListLib.length(read("(1 . 2)")));
        assertTrue(ListLib.isNull(Nil.NIL));
        assertFalse(ListLib.isNull(read("(1)")));
        assertWrites("(3 3)", ListLib.makeList(2L, 3L));
        assertWrites("(a 7 c)", ListLib.list(new Object[] {sym("a"), 7L, sym("c")}));
        assertWrites("(1 2 3 . 4)", ListLib.consStar(1L, new Object[] {2L, 3L, 4L}));
    }

    @Test
    void appendAndReverse() {
        assertWrites("(x y)", ListLib.append(read("(x)"), read("(y)")));
        assertWrites("(a b c d)", ListLib.append(read("(a)"), read("(b c d)")));
        assertWrites("(a (b) (c))", ListLib.append(read("(a (b))"), read("((c))")));
        assertWrites("(a b c . d)", ListLib.append(read("(a b)"), read("(c . d)")));
        assertWrites("a", ListLib.append(Nil.NIL, sym("a")));
        assertWrites("()", ListLib.append());
        assertWrites("(1 2 3 4 . 5)", ListLib.append(read("(1)"), read("(2)"), read("(3 4)"), new Object[] {5L}));
        Object last = read("(z)");
        assertSame(last, ((Pair) ((Pair) ListLib.append(read("(1)"), last)).cdr));
        assertError("append: expected a proper list, got 1", () -> ListLib.append(1L, read("(2)")));
        assertWrites("(c b a)", ListLib.reverse(read("(a b c)")));
        assertWrites("((e (f)) d (b c) a)", ListLib.reverse(read("(a (b c) d (e (f)))")));
        assertWrites("(3 2 1)", ListLib.reverseBang(read("(1 2 3)")));
        assertWrites("(1 2 3 4)", ListLib.appendBang(new Object[] {read("(1 2)"), Nil.NIL, read("(3 4)")}));
    }

    @Test
    void tailsAndRefs() {
        assertWrites("(c d)", ListLib.listTail(read("(a b c d)"), 2L));
        assertWrites("c", ListLib.listRef(read("(a b c d)"), 2L));
        assertError("list-ref: index 5 out of range for length 3", () -> ListLib.listRef(read("(a b c)"), 5L));
        assertError("list-ref: index 3 out of range for length 3", () -> ListLib.listRef(read("(a b c)"), 3L));
        assertError("list-tail: index 4 out of range for length 3", () -> ListLib.listTail(read("(a b c)"), 4L));
        Object ls = read("(one two five!)");
        ListLib.listSet(ls, 2L, sym("three"));
        assertWrites("(one two three)", ls);
        Object orig = read("(1 8 2 8)");
        Object copy = ListLib.listCopy(orig);
        PairLib.setCar(copy, 3L);
        assertWrites("(1 8 2 8)", orig);
        assertWrites("(3 8 2 8)", copy);
        assertWrites("(1 . 2)", ListLib.listCopy(read("(1 . 2)")));
        assertWrites("c", ListLib.last(read("(a b c)")));
        assertWrites("(c)", ListLib.lastPair(read("(a b c)")));
        assertWrites("b", ListSliceLib.second(read("(a b c)")));
        assertError("third: index 2 out of range for length 2", () -> ListSliceLib.third(read("(a b)")));
        assertWrites("(a b)", ListSliceLib.take(read("(a b c d e)"), 2L));
        assertWrites("(c d e)", ListSliceLib.drop(read("(a b c d e)"), 2L));
    }

    @Test
    void iota() {
        assertWrites("(0 1 2 3 4)", ListSliceLib.iota(5L));
        assertWrites("(1 2 3)", ListSliceLib.iota(3L, 1L));
        assertWrites("(0 -2 -4)", ListSliceLib.iota(3L, 0L, -2L));
        assertWrites("(0.0 0.5 1.0)", ListSliceLib.iota(3L, 0.0, 0.5));
        assertWrites("()", ListSliceLib.iota(0L));
        assertWrites("(9223372036854775807 9223372036854775808)", ListSliceLib.iota(2L, Long.MAX_VALUE));
        assertError("iota: expected an exact non-negative integer, got -1", () -> ListSliceLib.iota(-1L));
    }

    @Test
    void memberAndAssoc() {
        assertWrites("(a b c)", MemberLib.memq(sym("a"), read("(a b c)")));
        assertWrites("(b c)", MemberLib.memq(sym("b"), read("(a b c)")));
        assertWrites("#f", MemberLib.memq(sym("a"), read("(b c d)")));
        assertWrites("#f", MemberLib.memq(read("(a)"), read("(b (a) c)")));
        assertWrites("((a) c)", MemberLib.member(read("(a)"), read("(b (a) c)")));
        assertWrites("(101 102)", MemberLib.memv(101L, read("(100 101 102)")));
        assertWrites("(2.0 3)", MemberLib.member(2.0, read("(1 2.0 3)"),
                TestSupport.proc("=", a -> ((Number) a[0]).doubleValue() == ((Number) a[1]).doubleValue())));
        Object e = read("((a 1) (b 2) (c 3))");
        assertWrites("(a 1)", MemberLib.assq(sym("a"), e));
        assertWrites("(b 2)", MemberLib.assq(sym("b"), e));
        assertWrites("#f", MemberLib.assq(sym("d"), e));
        assertWrites("#f", MemberLib.assq(read("(a)"), read("(((a)) ((b)) ((c)))")));
        assertWrites("((a))", MemberLib.assoc(read("(a)"), read("(((a)) ((b)) ((c)))")));
        assertWrites("(7 b)", MemberLib.assv(7L, read("((2 a) (7 b) (11 c))")));
        assertError("assq: expected a pair, got 5", () -> MemberLib.assq(sym("x"), read("(5)")));
        assertWrites("(1 3)", MemberLib.delete(2L, read("(1 2 3 2)")));
        assertWrites("(a b c)", MemberLib.deleteDuplicates(read("(a b a c b)")));
    }
}
