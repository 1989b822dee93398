package org.eshkol.analysis.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigInteger;
import org.eshkol.analysis.source.Span;
import org.junit.jupiter.api.Test;

class NumberSyntaxTest {
    private static Datum parse(String s) { return NumberSyntax.parse(s, 10, Span.NONE); }

    private static String show(String s) {
        Datum d = parse(s);
        return d == null ? null : DatumPrinter.print(d);
    }

    private static BigInteger big(String s) { return new BigInteger(s); }

    @Test
    void exactIntegersOfAnySize() {
        assertEquals(new Datum.Int(Span.NONE, BigInteger.valueOf(42)), parse("42"));
        assertEquals(new Datum.Int(Span.NONE, BigInteger.valueOf(-7)), parse("-7"));
        assertEquals(new Datum.Int(Span.NONE, BigInteger.valueOf(7)), parse("+7"));
        assertEquals(new Datum.Int(Span.NONE, BigInteger.ZERO), parse("-0"));
        assertEquals(new Datum.Int(Span.NONE, big("123456789012345678901234567890")), parse("123456789012345678901234567890"));
        assertEquals(new Datum.Int(Span.NONE, big("-9223372036854775809")), parse("-9223372036854775809"));
        assertEquals("9223372036854775807", show("9223372036854775807"));
    }

    @Test
    void rationalsAreNormalised() {
        assertEquals(new Datum.Ratio(Span.NONE, BigInteger.ONE, BigInteger.valueOf(3)), parse("1/3"));
        assertEquals(new Datum.Ratio(Span.NONE, BigInteger.valueOf(3), BigInteger.valueOf(2)), parse("6/4"));
        assertEquals(new Datum.Int(Span.NONE, BigInteger.TWO), parse("4/2"));
        assertEquals("-1/2", show("-2/4"));
        assertEquals("0", show("0/5"));
        assertEquals("1/100000000000000000000", show("1/100000000000000000000"));
        assertNull(parse("1/0"));
        assertSame(NumberSyntax.Failure.DIVISION_BY_ZERO, NumberSyntax.classify("1/0", 10, Span.NONE));
        assertNull(parse("1/"));
        assertNull(parse("/2"));
        assertNull(parse("1/-2"));
        assertNull(parse("1.5/2"));
        assertNull(parse("1/2/3"));
    }

    @Test
    void decimalsAndExponents() {
        assertEquals(new Datum.Real(Span.NONE, 1e10), parse("1e10"));
        assertEquals(new Datum.Real(Span.NONE, 0.5), parse(".5"));
        assertEquals(new Datum.Real(Span.NONE, -1.5e-3), parse("-1.5e-3"));
        assertEquals(new Datum.Real(Span.NONE, 1.0), parse("1."));
        assertEquals(new Datum.Real(Span.NONE, 150.0), parse("1.5E2"));
        assertEquals(new Datum.Real(Span.NONE, 1e5), parse("1.e5"));
        assertEquals(new Datum.Real(Span.NONE, 1e5), parse("1e+5"));
        assertEquals(new Datum.Real(Span.NONE, -0.0), parse("-0.0"));
        assertEquals(new Datum.Real(Span.NONE, Double.POSITIVE_INFINITY), parse("1e400"));
        assertEquals(new Datum.Real(Span.NONE, 0.1), parse("0.1"));
        assertEquals("-0.5", show("-.5"));
        for (String bad : new String[] {".", "..", "...", "e5", "1e", "1e+", "1.5.2", "1.5e2.5", ".e5", "1d5", "1f", "0x10", " 1", "1 ", "1_000", "+.", "-e1"})
            assertNull(parse(bad), bad);
    }

    @Test
    void infinitiesAndNan() {
        assertEquals(new Datum.Real(Span.NONE, Double.POSITIVE_INFINITY), parse("+inf.0"));
        assertEquals(new Datum.Real(Span.NONE, Double.NEGATIVE_INFINITY), parse("-inf.0"));
        assertEquals(new Datum.Real(Span.NONE, Double.NaN), parse("+nan.0"));
        assertEquals(new Datum.Real(Span.NONE, Double.NaN), parse("-nan.0"));
        assertEquals(new Datum.Real(Span.NONE, Double.POSITIVE_INFINITY), parse("+INF.0"));
        assertNull(parse("inf.0"));
        assertNull(parse("+inf.00"));
        assertNull(parse("+inf"));
        assertNull(parse("#e+inf.0"));
        assertEquals(new Datum.Real(Span.NONE, Double.NEGATIVE_INFINITY), parse("#i-inf.0"));
    }

    @Test
    void radixAndExactnessPrefixes() {
        assertEquals("255", show("#xff"));
        assertEquals("255", show("#XFF"));
        assertEquals("-5", show("#b-101"));
        assertEquals("8", show("#o10"));
        assertEquals("10", show("#d10"));
        assertEquals("3/2", show("#e1.5"));
        assertEquals("1/1000", show("#e1e-3"));
        assertEquals("10000000000", show("#e1e10"));
        assertEquals("-1/8", show("#e-.125"));
        assertEquals("0", show("#e-0.0"));
        assertEquals(new Datum.Real(Span.NONE, 1.0 / 3), parse("#i1/3"));
        assertEquals(new Datum.Real(Span.NONE, 5.0), parse("#i5"));
        assertEquals("255", show("#x#eff"));
        assertEquals("255", show("#e#xff"));
        assertEquals(new Datum.Real(Span.NONE, 255.0), parse("#i#xff"));
        assertEquals(new Datum.Real(Span.NONE, 255.0), parse("#x#iFF"));
        assertEquals("1/2", show("#x1/2"));
        assertEquals("482", show("#x1e2"));
        for (String bad : new String[] {"#x#x1", "#e#i1", "#b2", "#o8", "#xg", "#x1.5", "#b1e1", "#", "#e", "#x", "#q1", "#e#", "##1"})
            assertNull(parse(bad), bad);
    }

    @Test
    void defaultRadixIsUsedAndPrefixesOverrideIt() {
        assertEquals("255", DatumPrinter.print(NumberSyntax.parse("ff", 16, Span.NONE)));
        assertEquals("5", DatumPrinter.print(NumberSyntax.parse("101", 2, Span.NONE)));
        assertEquals("16", DatumPrinter.print(NumberSyntax.parse("#x10", 2, Span.NONE)));
        assertEquals("10", DatumPrinter.print(NumberSyntax.parse("#d10", 16, Span.NONE)));
        assertEquals("482", DatumPrinter.print(NumberSyntax.parse("1e2", 16, Span.NONE)));
        assertNull(NumberSyntax.parse("1.5", 16, Span.NONE));
        assertNull(NumberSyntax.parse("12", 2, Span.NONE));
        assertNull(NumberSyntax.parse("1", 7, Span.NONE));
        assertNull(NumberSyntax.parse(null, 10, Span.NONE));
        assertNull(NumberSyntax.parse("", 10, Span.NONE));
    }

    @Test
    void onlyAsciiDigitsAreDigits() {
        assertNull(parse("\u0661\u0662"));  // Arabic-Indic digits
        assertNull(parse("\uff11"));        // fullwidth 1
        assertNull(NumberSyntax.parse("\uff21", 16, Span.NONE));
    }

    @Test
    void complexShapesAreRecognisedButNotNumbers() {
        for (String s : new String[] {"1+2i", "1-2i", "+i", "-i", "3.5-i", "+2i", "-1.5e3i", "1@2", "+inf.0i", "1+inf.0i", "1/2+3/4i", "#x1+fi"}) {
            assertNull(parse(s), s);
            assertSame(NumberSyntax.Failure.COMPLEX, NumberSyntax.classify(s, 10, Span.NONE), s);
        }
        for (String s : new String[] {"i", "pi", "2i", "1+", "a+bi", "1e+5i", "@", "1@", "x@y"})
            assertSame(NumberSyntax.Failure.NOT_A_NUMBER, NumberSyntax.classify(s, 10, Span.NONE), s);
    }

    @Test
    void hugeExactExponentsAreRefusedNotComputed() {
        assertSame(NumberSyntax.Failure.TOO_LARGE, NumberSyntax.classify("#e1e999999999999999999", 10, Span.NONE));
        assertSame(NumberSyntax.Failure.TOO_LARGE, NumberSyntax.classify("#e1e-200000", 10, Span.NONE));
        assertEquals(new Datum.Real(Span.NONE, Double.POSITIVE_INFINITY), parse("1e999999999999999999999"));
        assertEquals(new Datum.Real(Span.NONE, 0.0), parse("1e-999999999999999999999"));
        Datum big = parse("#e1e400");
        assertEquals(BigInteger.TEN.pow(400), assertInstanceOf(Datum.Int.class, big).value());
    }

    @Test
    void inexactRationalsRoundCorrectly() {
        assertEquals(0.1, NumberSyntax.toDouble(BigInteger.ONE, BigInteger.TEN));
        assertEquals(1.0 / 3, NumberSyntax.toDouble(BigInteger.ONE, BigInteger.valueOf(3)));
        BigInteger huge = BigInteger.TEN.pow(30);
        assertEquals(1e-30, NumberSyntax.toDouble(BigInteger.ONE, huge));
        assertEquals(-2.0 / 3, NumberSyntax.toDouble(huge.multiply(BigInteger.TWO).negate(), huge.multiply(BigInteger.valueOf(3))));
        assertEquals(Double.parseDouble("1e-30"), parse("#i1/1000000000000000000000000000000") instanceof Datum.Real r ? r.value() : 0);
    }
}
