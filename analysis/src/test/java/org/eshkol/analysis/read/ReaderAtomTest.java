package org.eshkol.analysis.read;

import static org.eshkol.analysis.read.ReadHelper.one;
import static org.eshkol.analysis.read.ReadHelper.read;
import static org.eshkol.analysis.read.ReadHelper.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Atoms: numbers, booleans, characters, strings and symbols as the reader sees them. */
class ReaderAtomTest {
    private static int charOf(String src) { return assertInstanceOf(Datum.Char.class, one(src)).codePoint(); }

    private static String strOf(String src) { return assertInstanceOf(Datum.Str.class, one(src)).value(); }

    private static String symOf(String src) { return assertInstanceOf(Datum.Sym.class, one(src)).name(); }

    @Test
    void numbers() {
        assertEquals(new BigInteger("100000000000000000000000"), assertInstanceOf(Datum.Int.class, one("100000000000000000000000")).value());
        assertEquals("3/2 2 1/3", show("6/4 4/2 1/3"));
        assertEquals("1e10 0.5 -0.0015", show("1e10 .5 -1.5e-3"));
        assertEquals("3/2 255 5 8", show("#e1.5 #xFF #b101 #o10"));
        assertInstanceOf(Datum.Real.class, one("#i1/3"));
        assertEquals("+inf.0 -inf.0 +nan.0 +nan.0", show("+inf.0 -inf.0 +nan.0 -nan.0"));
        assertEquals("1e21 1.5e-7 100.0", show("1e21 1.5e-7 100."));
    }

    @Test
    void booleans() {
        assertEquals("#t #f #t #f #t", show("#t #f #true #false #T"));
    }

    @Test
    void characters() {
        assertEquals('a', charOf("#\\a"));
        assertEquals(' ', charOf("#\\space"));
        assertEquals('\n', charOf("#\\newline"));
        assertEquals('A', charOf("#\\x41"));
        assertEquals('A', charOf("#\\X41"));
        assertEquals(0x3bb, charOf("#\\x3bb"));
        assertEquals(7, charOf("#\\alarm"));
        assertEquals(8, charOf("#\\backspace"));
        assertEquals(127, charOf("#\\delete"));
        assertEquals(27, charOf("#\\escape"));
        assertEquals(0, charOf("#\\null"));
        assertEquals(13, charOf("#\\return"));
        assertEquals(9, charOf("#\\tab"));
        assertEquals('x', charOf("#\\x"));
        assertEquals('(', charOf("#\\("));
        assertEquals(')', charOf("#\\)"));
        assertEquals(';', charOf("#\\;"));
        assertEquals('"', charOf("#\\\""));
        assertEquals(' ', charOf("#\\ "));
        assertEquals(0x3bb, charOf("#\\\u03bb"));
        assertEquals(0x1F600, charOf("#\\\uD83D\uDE00"));
        assertEquals("(#\\a #\\b)", show("(#\\a #\\b)"));
        assertEquals("(#\\( #\\))", show("(#\\( #\\))"));
    }

    @Test
    void stringsWithEveryEscape() {
        assertEquals("plain", strOf("\"plain\""));
        assertEquals("\u0007\b\t\n\r\"\\|", strOf("\"\\a\\b\\t\\n\\r\\\"\\\\\\|\""));
        assertEquals("A\u03bb!", strOf("\"\\x41;\\x3BB;!\""));
        assertEquals("ab", strOf("\"a\\   \n   b\""));
        assertEquals("ab", strOf("\"a\\\n\tb\""));
        assertEquals("ab", strOf("\"a\\\r\nb\""));
        assertEquals("line1\nline2", strOf("\"line1\nline2\""));
        assertEquals("", strOf("\"\""));
        assertEquals("(\"a\" \"b\")", show("(\"a\"\"b\")"));
    }

    @Test
    void symbolsAreCaseSensitive() {
        List<Datum> ds = read("Hello hello");
        assertEquals("Hello", ((Datum.Sym) ds.get(0)).name());
        assertEquals("hello", ((Datum.Sym) ds.get(1)).name());
    }

    @Test
    void peculiarIdentifiers() {
        for (String s : new String[] {"+", "-", "...", "->x", "1+", "-1+", "+a", "..", "<=?", "a.b", "!$%&*/:<=>?^_~", "\u03bb", "a#b"})
            assertEquals(s, symOf(s), s);
    }

    @Test
    void barSymbolsWithEscapes() {
        assertEquals("hello world", symOf("|hello world|"));
        assertEquals("a|b\\c", symOf("|a\\|b\\\\c|"));
        assertEquals("\tA", symOf("|\\t\\x41;|"));
        assertEquals("", symOf("||"));
        assertEquals("ABC", symOf("|ABC|"));
        assertEquals("|hello world| || |1| |.|", show("|hello world| || |1| |.|"));
    }
}
