package org.eshkol.runtime.data;

import static org.eshkol.runtime.data.TestSupport.read;
import static org.eshkol.runtime.data.TestSupport.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.junit.jupiter.api.Test;

class EqualityTest {

    @Test
    void eqvOnNumbersAndCharacters() {
        assertTrue(EquivalenceLib.eq(100L, Long.valueOf(100L)));
        assertTrue(EquivalenceLib.eq(100000000L, Long.valueOf(100000000L)));
        assertTrue(Equality.eqv(new BigInteger("123456789012345678901234"), new BigInteger("123456789012345678901234")));
        assertTrue(Equality.eqv(Char.of(0x1F600), Char.of(0x1F600)));
        assertTrue(Equality.eqv(Double.NaN, Double.NaN));
        assertFalse(Equality.eqv(0.0, -0.0));
        assertFalse(Equality.eqv(2L, 2.0));
        assertFalse(Equality.eqv(str("a"), str("a")));
        assertFalse(Equality.eqv(read("(a)"), read("(a)")));
        assertTrue(Equality.eqv(Nil.NIL, Nil.NIL));
        assertTrue(Equality.eqv(read("a"), read("a")));
    }

    @Test
    void equalIsStructural() {
        assertTrue(Equality.equal(read("(a (b) c)"), read("(a (b) c)")));
        assertTrue(Equality.equal(str("abc"), str("abc")));
        assertTrue(Equality.equal(2L, 2L));
        assertTrue(Equality.equal(read("#(1 2 (3 \"x\"))"), read("#(1 2 (3 \"x\"))")));
        assertTrue(Equality.equal(new Bytevector(new byte[] {1, 2}), new Bytevector(new byte[] {1, 2})));
        assertFalse(Equality.equal(read("(1 2)"), read("(1 2 3)")));
        assertFalse(Equality.equal(read("(1 . 2)"), read("(1 2)")));
        assertFalse(Equality.equal(2L, 2.0));
        assertFalse(Equality.equal(read("#(1 2)"), read("(1 2)")));
        assertFalse(Equality.equal(str("abc"), str("abd")));
    }

    @Test
    void equalOnLongListsDoesNotOverflowTheStack() {
        Object a = Nil.NIL;
        Object b = Nil.NIL;
        for (int i = 0; i < 1_000_000; i++) {
            a = new Pair((long) i, a);
            b = new Pair((long) i, b);
        }
        assertTrue(Equality.equal(a, b));
        ((Pair) b).car = -1L;
        assertFalse(Equality.equal(a, b));
    }

    @Test
    void equalTerminatesOnCycles() {
        Pair a = (Pair) read("(1 2 3)");
        Pair b = (Pair) read("(1 2 3)");
        ListLib.lastPair(a);
        ((Pair) ListLib.lastPair(a)).cdr = a;
        ((Pair) ListLib.lastPair(b)).cdr = b;
        assertTrue(Equality.equal(a, b));
        // a cycle of period 3 equals the same cycle unrolled to period 6
        Pair c = (Pair) read("(1 2 3 1 2 3)");
        ((Pair) ListLib.lastPair(c)).cdr = c;
        assertTrue(Equality.equal(a, c));
        Pair d = (Pair) read("(1 2 3 1 2 4)");
        ((Pair) ListLib.lastPair(d)).cdr = d;
        assertFalse(Equality.equal(a, d));
        assertEquals(Equality.equalHash(a), Equality.equalHash(c));
    }

    @Test
    void equalTerminatesOnCyclicVectorsAndCars() {
        Object[] v = new Object[2];
        v[0] = 1L;
        v[1] = v;
        Object[] w = new Object[2];
        w[0] = 1L;
        w[1] = new Object[] {1L, w};
        assertTrue(Equality.equal(v, w));
        Pair p = new Pair(null, Nil.NIL);
        p.car = p;
        Pair q = new Pair(null, Nil.NIL);
        q.car = q;
        assertTrue(Equality.equal(p, q));
        Equality.equalHash(v);
    }

    @Test
    void equalHashAgreesWithEqual() {
        assertEquals(Equality.equalHash(read("(a \"b\" #(1 2.5))")), Equality.equalHash(read("(a \"b\" #(1 2.5))")));
        assertEquals(Equality.equalHash(str("hello")), Equality.equalHash(str("hello")));
        assertNotEquals(Equality.equalHash(read("(1 2)")), Equality.equalHash(read("(2 1)")));
    }
}
