package org.eshkol.runtime.data;

import static org.eshkol.runtime.data.TestSupport.assertError;
import static org.eshkol.runtime.data.TestSupport.assertWrites;
import static org.eshkol.runtime.data.TestSupport.read;
import static org.eshkol.runtime.data.TestSupport.str;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eshkol.runtime.Bytevector;
import org.junit.jupiter.api.Test;

class VectorBytevectorTest {

    @Test
    void vectors() {
        assertWrites("#(a b c)", VectorLib.vector(new Object[] {TestSupport.sym("a"), TestSupport.sym("b"), TestSupport.sym("c")}));
        assertWrites("#(0 0)", VectorLib.make(2L, 0L));
        assertEquals(8L, VectorLib.ref(read("#(1 1 2 3 5 8 13 21)"), 5L));
        assertEquals(3L, VectorLib.length(read("#(1 2 3)")));
        assertError("vector-ref: index 10 out of range for length 3", () -> VectorLib.ref(read("#(1 2 3)"), 10L));
        assertError("vector-ref: index -1 out of range for length 3", () -> VectorLib.ref(read("#(1 2 3)"), -1L));
        assertError("vector-ref: expected an exact non-negative integer, got 1.0", () -> VectorLib.ref(read("#(1 2 3)"), 1.0));
        assertError("vector-ref: expected a vector, got (1)", () -> VectorLib.ref(read("(1)"), 0L));
        Object v = read("#(0 (2 2 2 2) \"Anna\")");
        VectorLib.set(v, 1L, read("(\"Sue\" \"Sue\")"));
        assertWrites("#(0 (\"Sue\" \"Sue\") \"Anna\")", v);
        assertWrites("(dah dah didah)", VectorLib.toList(read("#(dah dah didah)")));
        assertWrites("(dah)", VectorLib.toList(read("#(dah dah didah)"), 1L, 2L));
        assertWrites("#(dididit dah)", VectorLib.fromList(read("(dididit dah)")));
        Object a = read("#(1 2 3 4 5)");
        VectorLib.fill(a, TestSupport.sym("smash"), 2L, 4L);
        assertWrites("#(1 2 smash smash 5)", a);
        assertWrites("#(8 2)", VectorLib.copy(read("#(1 8 2 8)"), 1L, 3L));
        Object b = read("#(10 20 30 40 50)");
        VectorLib.copyInto(b, 1L, read("#(1 2 3 4 5)"), 0L, 2L);
        assertWrites("#(10 1 2 40 50)", b);
        Object c = read("#(1 2 3 4 5)");
        VectorLib.copyInto(c, 1L, c, 0L, 3L);
        assertWrites("#(1 1 2 3 5)", c);
        assertWrites("#(a b c d e f)", VectorLib.append(new Object[] {read("#(a b c)"), read("#(d e f)")}));
    }

    @Test
    void bytevectors() {
        Bytevector b = (Bytevector) BytevectorLib.bytevector(new Object[] {1L, 3L, 5L, 1L, 3L, 5L});
        assertEquals(6L, BytevectorLib.length(b));
        assertEquals(5L, BytevectorLib.ref(b, 2L));
        assertArrayEquals(new byte[] {12, 12}, ((Bytevector) BytevectorLib.make(2L, 12L)).toByteArray());
        BytevectorLib.set(b, 0L, 255L);
        assertEquals(255L, BytevectorLib.ref(b, 0L));
        assertError("bytevector-u8-set!: expected a byte, got 256", () -> BytevectorLib.set(b, 0L, 256L));
        assertError("bytevector: expected a byte, got -1", () -> BytevectorLib.bytevector(new Object[] {-1L}));
        assertError("bytevector-u8-ref: index 6 out of range for length 6", () -> BytevectorLib.ref(b, 6L));
        Bytevector a = (Bytevector) BytevectorLib.bytevector(new Object[] {1L, 2L, 3L, 4L, 5L});
        assertArrayEquals(new byte[] {3, 4}, ((Bytevector) BytevectorLib.copy(a, 2L, 4L)).toByteArray());
        Bytevector dst = (Bytevector) BytevectorLib.bytevector(new Object[] {10L, 20L, 30L, 40L, 50L});
        BytevectorLib.copyInto(dst, 1L, a, 0L, 2L);
        assertArrayEquals(new byte[] {10, 1, 2, 40, 50}, dst.toByteArray());
        Bytevector ab = (Bytevector) BytevectorLib.append(new Object[] {
            BytevectorLib.bytevector(new Object[] {0L, 1L}), BytevectorLib.bytevector(new Object[] {2L})});
        assertArrayEquals(new byte[] {0, 1, 2}, ab.toByteArray());
        Bytevector utf = (Bytevector) BytevectorLib.stringToUtf8(str("λ"));
        assertArrayEquals(new byte[] {(byte) 0xCE, (byte) 0xBB}, utf.toByteArray());
        assertWrites("\"A\"", BytevectorLib.utf8ToString(BytevectorLib.bytevector(new Object[] {0x41L})));
        assertWrites("\"bc\"", BytevectorLib.utf8ToString(BytevectorLib.stringToUtf8(str("abcd"), 1L, 3L)));
        assertTrue(BytevectorLib.isBytevector(utf));
    }
}
