package org.eshkol.runtime.num;

import static org.eshkol.runtime.num.N.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.eshkol.runtime.MString;
import org.junit.jupiter.api.Test;

class NumberFormatTest {
    private static String s(Object x) { return NumberFormat.toString(x); }

    @Test
    void exactNumbers() {
        assertEquals("-5", s(-5L));
        assertEquals("1/3", s(rat(1, 3)));
        assertEquals("-1/3", s(rat(-1, 3)));
        assertEquals("100000000000000000000", s(num("100000000000000000000")));
        assertEquals("-9223372036854775808", s(MIN));
        assertEquals("ff", NumberFormat.toString(255L, 16));
        assertEquals("-101", NumberFormat.toString(-5L, 2));
        assertEquals("17", NumberFormat.toString(15L, 8));
        assertEquals("1/11", NumberFormat.toString(rat(1, 3), 2));
        assertEquals("10000000000000000", NumberFormat.toString(num("18446744073709551616"), 16));
    }

    @Test
    void flonums() {
        assertEquals("3.14", s(3.14));
        assertEquals("100.0", s(100.0));
        assertEquals("1.0", s(1.0));
        assertEquals("0.1", s(0.1));
        assertEquals("0.0", s(0.0));
        assertEquals("-0.0", s(-0.0));
        assertEquals("-2.5", s(-2.5));
        assertEquals("1e100", s(1e100));
        assertEquals("1e21", s(1e21));
        assertEquals("-1.5e22", s(-1.5e22));
        assertEquals("100000000000000000000.0", s(1e20));
        assertEquals("123456789.0", s(123456789.0));
        assertEquals("12345678.9", s(12345678.9));
        assertEquals("0.001", s(0.001));
        assertEquals("0.000001", s(1e-6));
        assertEquals("1e-7", s(1e-7));
        assertEquals("1.5e-10", s(1.5e-10));
        assertEquals("5e-324", s(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e308", s(Double.MAX_VALUE));
        assertEquals("0.30000000000000004", s(0.1 + 0.2));
        assertEquals("0.3333333333333333", s(1.0 / 3));
        assertEquals("+inf.0", s(Double.POSITIVE_INFINITY));
        assertEquals("-inf.0", s(Double.NEGATIVE_INFINITY));
        assertEquals("+nan.0", s(Double.NaN));
    }

    @Test
    void flonumTextReadsBackExactly() {
        Random random = new Random(3);
        for (int i = 0; i < 5000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(d)) continue;
            String text = s(d);
            assertEquals(d, Double.parseDouble(text), text);
            // shortest: never more significant digits than Java's own shortest-digits output
            assertTrue(significantDigits(text) <= significantDigits(Double.toString(d)), text);
        }
    }

    private static int significantDigits(String text) {
        return text.replaceAll("[eE].*", "").replaceAll("[^0-9]", "").replaceAll("^0+|0+$", "").length();
    }

    @Test
    void oneDigitShortestForms() {
        assertEquals("2e-323", s(4 * Double.MIN_VALUE));
        assertEquals("1e23", s(1e23));
        assertEquals("9e22", s(9e22));
    }

    @Test
    void flonumsInOtherRadixes() {
        assertEquals("0.1", NumberFormat.toString(0.5, 2));
        assertEquals("-10.01", NumberFormat.toString(-2.25, 2));
        assertEquals("ff.0", NumberFormat.toString(255.0, 16));
        assertEquals("0.4", NumberFormat.toString(0.5, 8));
        assertEquals("+inf.0", NumberFormat.toString(Double.POSITIVE_INFINITY, 2));
    }

    @Test
    void numberToStringBuiltin() {
        assertEquals("42", NumberTextBuiltins.numberToString(42L).toString());
        assertEquals("101010", NumberTextBuiltins.numberToString(42L, 2L).toString());
        assertEquals("2a", NumberTextBuiltins.numberToString(42L, 16L).toString());
        assertEquals("1/3", NumberTextBuiltins.numberToString(rat(1, 3)).toString());
        assertEquals("1.5", NumberTextBuiltins.numberToString(1.5).toString());
        assertEquals(MString.class, NumberTextBuiltins.numberToString(1L).getClass());
        fails("number->string: expected a radix (2, 8, 10 or 16), got 3", () -> NumberTextBuiltins.numberToString(1L, 3L));
        fails("number->string: expected a number, got #t", () -> NumberTextBuiltins.numberToString(Boolean.TRUE));
    }
}
