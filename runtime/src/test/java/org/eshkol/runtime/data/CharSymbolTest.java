package org.eshkol.runtime.data;

import static org.eshkol.runtime.data.TestSupport.assertError;
import static org.eshkol.runtime.data.TestSupport.assertWrites;
import static org.eshkol.runtime.data.TestSupport.str;
import static org.eshkol.runtime.data.TestSupport.sym;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eshkol.runtime.Char;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Symbol;
import org.junit.jupiter.api.Test;

class CharSymbolTest {

    @Test
    void characterClassesAndCase() {
        assertTrue(CharLib.isAlphabetic(Char.of('a')));
        assertTrue(CharLib.isAlphabetic(Char.of('λ')));
        assertFalse(CharLib.isAlphabetic(Char.of('1')));
        assertTrue(CharLib.isNumeric(Char.of('1')));
        assertTrue(CharLib.isWhitespace(Char.of(' ')));
        assertTrue(CharLib.isWhitespace(Char.of(0xA0)));
        assertFalse(CharLib.isWhitespace(Char.of('a')));
        assertTrue(CharLib.isUpperCase(Char.of('A')));
        assertTrue(CharLib.isLowerCase(Char.of('a')));
        assertEquals(3L, CharLib.digitValue(Char.of('3')));
        assertEquals(4L, CharLib.digitValue(Char.of(0x0664)));
        assertEquals(Boolean.FALSE, CharLib.digitValue(Char.of('a')));
        assertEquals(Char.of('A'), CharLib.upcase(Char.of('a')));
        assertEquals(Char.of('a'), CharLib.downcase(Char.of('A')));
        assertEquals(Char.of('σ'), CharLib.foldcase(Char.of('Σ')));
        assertEquals(97L, CharLib.charToInteger(Char.of('a')));
        assertEquals(Char.of(0x1F600), CharLib.integerToChar(0x1F600L));
        assertError("integer->char: expected a Unicode scalar value, got 55296", () -> CharLib.integerToChar(0xD800L));
        assertError("char-upcase: expected a character, got \"a\"", () -> CharLib.upcase(str("a")));
    }

    @Test
    void characterComparisons() {
        assertTrue(CharCompareLib.lt(Char.of('a'), Char.of('b')));
        assertTrue(CharCompareLib.lt(Char.of('a'), Char.of('b'), Char.of('c'), new Object[0]));
        assertFalse(CharCompareLib.lt(Char.of('a'), Char.of('c'), Char.of('b'), new Object[0]));
        assertTrue(CharCompareLib.eq(Char.of(0x1F600), Char.of(0x1F600)));
        assertTrue(CharCompareLib.ge(Char.of('b'), Char.of('b')));
        assertTrue(CharCompareLib.ciEq(Char.of('a'), Char.of('A')));
        assertFalse(CharCompareLib.ciLt(Char.of('a'), Char.of('A')));
        assertError("char<?: expected a character, got 1", () -> CharCompareLib.lt(Char.of('b'), Char.of('a'), 1L, new Object[0]));
    }

    @Test
    void symbols() {
        assertTrue(SymbolLib.isSymbol(sym("foo")));
        assertFalse(SymbolLib.isSymbol(str("foo")));
        MString name = (MString) SymbolLib.symbolToString(sym("flying-fish"));
        assertWrites("\"flying-fish\"", name);
        assertTrue(name.isImmutable());
        assertSame(sym("mISSISSIppi"), SymbolLib.stringToSymbol(str("mISSISSIppi")));
        Symbol u = (Symbol) SymbolLib.stringToUninterned(str("foo"));
        assertNotSame(sym("foo"), u);
        assertFalse(u.isInterned());
        Symbol g1 = (Symbol) SymbolLib.gensym();
        Symbol g2 = (Symbol) SymbolLib.gensym(str("tmp"));
        assertNotSame(g1, g2);
        assertTrue(g2.name().startsWith("tmp"));
        assertTrue(SymbolLib.symbolEq(sym("a"), sym("a"), sym("a"), new Object[0]));
        assertFalse(SymbolLib.symbolEq(sym("a"), sym("b")));
        assertError("symbol=?: expected a symbol, got \"a\"", () -> SymbolLib.symbolEq(sym("a"), str("a")));
    }
}
