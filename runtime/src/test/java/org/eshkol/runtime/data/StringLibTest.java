package org.eshkol.runtime.data;

import static org.eshkol.runtime.data.TestSupport.assertError;
import static org.eshkol.runtime.data.TestSupport.assertWrites;
import static org.eshkol.runtime.data.TestSupport.proc;
import static org.eshkol.runtime.data.TestSupport.read;
import static org.eshkol.runtime.data.TestSupport.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eshkol.runtime.Char;
import org.eshkol.runtime.MString;
import org.junit.jupiter.api.Test;

/** Strings: R7RS procedures, comparisons, and the Eshkol/SRFI-13 extras. */
class StringLibTest {

    @Test
    void constructionAndAccessByCodePoint() {
        assertWrites("\"aaa\"", StringLib.makeString(3L, Char.of('a')));
        assertWrites("\"   \"", StringLib.makeString(3L));
        assertWrites("\"ab\"", StringLib.string(new Object[] {Char.of('a'), Char.of('b')}));
        MString s = str("a😀b");
        assertEquals(3L, StringLib.length(s));
        assertEquals(Char.of(0x1F600), StringLib.ref(s, 1L));
        assertEquals(Char.of('b'), StringLib.ref(s, 2L));
        StringLib.set(s, 1L, Char.of('x'));
        assertWrites("\"axb\"", s);
        StringLib.set(s, 0L, Char.of(0x1F601));
        assertEquals(Char.of('x'), StringLib.ref(s, 1L));
        assertError("string-ref: index 3 out of range for length 3", () -> StringLib.ref(str("abc"), 3L));
        assertError("string-ref: expected a string, got 5", () -> StringLib.ref(5L, 0L));
        assertError("string-set!: string is immutable", () -> StringLib.set(MString.literal("abc"), 0L, Char.of('x')));
        assertError("string-fill!: string is immutable", () -> StringLib.fill(MString.literal("abc"), Char.of('x')));
    }

    @Test
    void copyingAndConversion() {
        assertWrites("\"ell\"", StringLib.substring(str("hello"), 1L, 4L));
        assertWrites("\"llo\"", StringLib.copy(str("hello"), 2L));
        assertWrites("\"\"", StringLib.append(new Object[0]));
        assertWrites("\"foobar\"", StringLib.append(new Object[] {str("foo"), str("bar")}));
        MString lit = MString.literal("abc");
        MString copy = (MString) StringLib.copy(lit);
        assertNotSame(lit, copy);
        assertFalse(copy.isImmutable());
        assertWrites("(#\\b #\\c)", StringLib.toList(str("abcd"), 1L, 3L));
        assertWrites("\"abc\"", StringLib.fromList(read("(#\\a #\\b #\\c)")));
        assertWrites("#(#\\A #\\B #\\C)", StringLib.toVector(str("ABC")));
        assertWrites("\"123\"", StringLib.fromVector(read("#(#\\1 #\\2 #\\3)")));
        assertWrites("\"23\"", StringLib.fromVector(read("#(#\\1 #\\2 #\\3)"), 1L));
        assertError("substring: start index 3 is greater than end index 2", () -> StringLib.substring(str("hello"), 3L, 2L));
        assertError("substring: index 9 out of range for length 5", () -> StringLib.substring(str("hello"), 0L, 9L));
        MString a = str("12345");
        MString b = str("abcde");
        StringLib.copyInto(b, 1L, a, 0L, 2L);
        assertWrites("\"a12de\"", b);
        MString c = str("abcde");
        StringLib.copyInto(c, 1L, c, 0L, 3L);
        assertWrites("\"aabce\"", c);
        assertError("string-copy!: index 6 out of range for length 5", () -> StringLib.copyInto(str("abcde"), 3L, str("xyz")));
        MString f = str("abcde");
        StringLib.fill(f, Char.of('z'), 1L, 3L);
        assertWrites("\"azzde\"", f);
    }

    @Test
    void caseMapping() {
        assertWrites("\"ABC\"", StringLib.upcase(str("abc")));
        assertWrites("\"abc\"", StringLib.downcase(str("AbC")));
        assertWrites("\"strasse\"", StringLib.foldcase(str("Straße")));
        assertTrue(StringCompareLib.ciEq(str("Strasse"), str("STRASSE")));
    }

    @Test
    void comparisons() {
        assertTrue(StringCompareLib.eq(str("abc"), str("abc")));
        assertFalse(StringCompareLib.eq(str("abc"), str("abd")));
        assertTrue(StringCompareLib.lt(str("abc"), str("abd")));
        assertTrue(StringCompareLib.lt(str("ab"), str("abc")));
        assertFalse(StringCompareLib.lt(str("abc"), str("abc")));
        assertTrue(StringCompareLib.le(str("abc"), str("abc")));
        assertTrue(StringCompareLib.gt(str("b"), str("abc")));
        assertTrue(StringCompareLib.lt(str("a"), str("b"), str("c"), new Object[] {str("d")}));
        assertFalse(StringCompareLib.lt(str("a"), str("c"), str("b"), new Object[0]));
        // code point order: U+FFFF sorts below U+1F600 though its UTF-16 unit is larger
        assertTrue(StringCompareLib.lt(str("\uFFFF"), str("😀")));
        assertTrue(StringCompareLib.ciLt(str("apple"), str("BANANA")));
        assertError("string=?: expected a string, got 1", () -> StringCompareLib.eq(str("a"), 1L));
        assertError("string<?: expected a string, got 1",
                () -> StringCompareLib.lt(str("b"), str("a"), 1L, new Object[0]));
    }

    @Test
    void searching() {
        assertEquals(2L, StringSearchLib.contains(str("hello"), str("ll")));
        assertEquals(Boolean.FALSE, StringSearchLib.contains(str("hello"), str("z")));
        assertEquals(2L, StringSearchLib.contains(str("😀😀ab"), str("ab")));
        assertTrue(StringSearchLib.containsP(str("hello"), str("ell")));
        assertEquals(1L, StringSearchLib.index(str("a,b"), Char.of(',')));
        assertEquals(2L, StringSearchLib.index(str("ab1"), proc("char-numeric?", a -> CharLib.isNumeric(a[0]))));
        assertEquals(Boolean.FALSE, StringSearchLib.index(str("ab"), Char.of('z')));
        assertTrue(StringSearchLib.isPrefix(str("he"), str("hello")));
        assertFalse(StringSearchLib.isPrefix(str("hello"), str("he")));
        assertTrue(StringSearchLib.isSuffix(str("lo"), str("hello")));
        assertTrue(StringSearchLib.startsWith(str("hello"), str("he")));
        assertTrue(StringSearchLib.endsWith(str("hello"), str("llo")));
        assertTrue(StringSearchLib.isNull(str("")));
        assertFalse(StringSearchLib.isNull(str(" ")));
    }

    @Test
    void splittingJoiningTrimmingPadding() {
        assertWrites("(\"a\" \"b\")", StringSplitLib.split(str("a,b"), str(",")));
        assertWrites("(\"a\" \"\" \"b\")", StringSplitLib.split(str("a,,b"), Char.of(',')));
        assertWrites("(\"a\" \"b\" \"c\")", StringSplitLib.split(str("a::b::c"), str("::")));
        assertWrites("(\"one\" \"two\")", StringSplitLib.split(str("  one \t two\n")));
        assertWrites("()", StringSplitLib.split(str("   ")));
        assertWrites("(\"\")", StringSplitLib.split(str(""), str(",")));
        assertWrites("\"a b c\"", StringSplitLib.join(read("(\"a\" \"b\" \"c\")")));
        assertWrites("\"a, b\"", StringSplitLib.join(read("(\"a\" \"b\")"), str(", ")));
        assertWrites("\"\"", StringSplitLib.join(read("()"), str(", ")));
        assertError("string-join: expected a string, got 1", () -> StringSplitLib.join(read("(1)")));
        assertWrites("\"a b\"", StringSplitLib.trim(str("  a b \n")));
        assertWrites("\"a b \"", StringSplitLib.trimLeft(str("  a b ")));
        assertWrites("\"  a b\"", StringSplitLib.trimRight(str("  a b ")));
        assertWrites("\"abc\"", StringSplitLib.trim(str("xxabcx"), Char.of('x')));
        assertWrites("\"  42\"", StringSplitLib.padLeft(str("42"), 4L));
        assertWrites("\"0042\"", StringSplitLib.padLeft(str("42"), 4L, Char.of('0')));
        assertWrites("\"345\"", StringSplitLib.padLeft(str("12345"), 3L));
        assertWrites("\"42  \"", StringSplitLib.padRight(str("42"), 4L));
        assertWrites("\"123\"", StringSplitLib.padRight(str("12345"), 3L));
        assertWrites("\"c😀a\"", StringSplitLib.reverse(str("a😀c")));
    }
}
