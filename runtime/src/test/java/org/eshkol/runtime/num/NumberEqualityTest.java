package org.eshkol.runtime.num;

import static org.eshkol.runtime.num.N.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eshkol.runtime.MString;
import org.junit.jupiter.api.Test;

class NumberEqualityTest {
    @Test
    void eqvRespectsExactness() {
        assertFalse(NumberEquality.eqv(2L, 2.0));
        assertFalse(NumberEquality.eqv(2.0, 2L));
        assertFalse(NumberEquality.eqv(rat(1, 2), 0.5));
        assertTrue(NumberEquality.eqv(2L, 2L));
        assertTrue(NumberEquality.eqv(MIN, MIN));
        assertTrue(NumberEquality.eqv(1.5, 1.5));
        assertFalse(NumberEquality.eqv(1L, 2L));
    }

    @Test
    void bignumsAndRatnumsCompareByValue() {
        Object a = Arith.mul(10000000000L, 10000000000L), b = num("100000000000000000000");
        assertTrue(a != b);
        assertTrue(NumberEquality.eqv(a, b));
        assertEquals(NumberEquality.hash(a), NumberEquality.hash(b));
        Object r1 = rat(2, 4), r2 = Arith.div(1L, 2L);
        assertTrue(NumberEquality.eqv(r1, r2));
        assertEquals(NumberEquality.hash(r1), NumberEquality.hash(r2));
        assertFalse(NumberEquality.eqv(rat(1, 2), rat(1, 3)));
        assertFalse(NumberEquality.eqv(num("100000000000000000000"), num("100000000000000000001")));
    }

    @Test
    void flonumSpecialCases() {
        assertTrue(NumberEquality.eqv(Double.NaN, Double.NaN));
        assertTrue(NumberEquality.eqv(Double.NaN, 0.0 / 0.0));
        assertEquals(NumberEquality.hash(Double.NaN), NumberEquality.hash(0.0 / 0.0));
        assertFalse(NumberEquality.eqv(0.0, -0.0));
        assertTrue(NumberEquality.eqv(Double.POSITIVE_INFINITY, 1.0 / 0.0));
    }

    @Test
    void normalisationKeepsOneRepresentation() {
        assertEquals(Long.class, NumberFactory.fromBig(big("9223372036854775807")).getClass());
        assertEquals(Long.class, NumberFactory.fromBig(big("-9223372036854775808")).getClass());
        assertEquals(java.math.BigInteger.class, NumberFactory.fromBig(big("9223372036854775808")).getClass());
        assertEquals(Long.class, NumberFactory.ratio(big("6"), big("3")).getClass());
        assertEquals(Long.class, NumberFactory.ratio(big("200000000000000000000"), big("100000000000000000000")).getClass());
        eqv(rat(-1, 2), NumberFactory.ratio(big("3"), big("-6")));
        Ratnum r = (Ratnum) NumberFactory.ratio(big("-10"), big("-4"));
        assertEquals("5/2", r.num + "/" + r.den);
        fails("/: division by zero", () -> NumberFactory.ratio(big("1"), big("0")));
    }

    @Test
    void nonNumbersAreComparedByIdentity() {
        MString s = MString.of("a");
        assertTrue(NumberEquality.eqv(s, s));
        assertFalse(NumberEquality.eqv(s, MString.of("a")));
        assertFalse(NumberEquality.eqv(s, 1L));
    }
}
