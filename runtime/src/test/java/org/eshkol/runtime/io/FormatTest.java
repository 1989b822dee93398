package org.eshkol.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.SchemeError;
import org.eshkol.runtime.Unspecified;
import org.junit.jupiter.api.Test;

class FormatTest {
    private static String fmt(Object... args) {
        return FormatLib.format(Boolean.FALSE, args).toString();
    }

    private static MString s(String v) { return MString.of(v); }

    @Test
    void displayAndWriteDirectives() {
        assertEquals("Hello, World!", fmt(s("Hello, ~a!"), s("World")));
        assertEquals("\"x\" and x", fmt(s("~s and ~a"), s("x"), s("x")));
        assertEquals("(1 \"a\" #\\b)", fmt(s("~s"), Fn.list(1L, s("a"), org.eshkol.runtime.Char.of('b'))));
        assertEquals("(1 a b)", fmt(s("~A"), Fn.list(1L, s("a"), org.eshkol.runtime.Char.of('b'))));
    }

    @Test
    void numberDirectives() {
        assertEquals("255 ff 377 11111111", fmt(s("~d ~x ~o ~b"), 255L, 255L, 255L, 255L));
        assertEquals("-1f", fmt(s("~X"), -31L));
        assertEquals("1.5", fmt(s("~d"), 1.5));
        assertEquals("100000000000000000000", fmt(s("~x"), new BigInteger("1208925819614629174706176")));
    }

    @Test
    void newlinesAndTilde() {
        assertEquals("a\nb\nc~", fmt(s("a~%b~nc~~")));
    }

    @Test
    void destinations() {
        assertEquals("3", FormatLib.format(s("~a"), new Object[] {3L}).toString());
        Object port = PortLib.openOutputString();
        assertSame(Unspecified.VALUE, FormatLib.format(port, new Object[] {s("<~a>"), 1L}));
        assertEquals("<1>", PortLib.getOutputString(port).toString());
    }

    @Test
    void errors() {
        SchemeError e = assertThrows(SchemeError.class, () -> fmt(s("~q"), 1L));
        assertEquals("format: unknown directive ~q \"~q\"", e.getMessage());
        e = assertThrows(SchemeError.class, () -> fmt(s("~a ~a"), 1L));
        assertEquals("format: too few arguments for format string \"~a ~a\"", e.getMessage());
        e = assertThrows(SchemeError.class, () -> fmt(s("~a"), 1L, 2L));
        assertEquals("format: too many arguments for format string \"~a\"", e.getMessage());
        e = assertThrows(SchemeError.class, () -> fmt(s("x~")));
        assertEquals("format: incomplete directive at end of format string \"x~\"", e.getMessage());
        e = assertThrows(SchemeError.class, () -> fmt(s("~d"), s("x")));
        assertEquals("format: expected a number, got \"x\"", e.getMessage());
        e = assertThrows(SchemeError.class, () -> fmt(s("~x"), 1.5));
        assertEquals("format: expected an exact integer, got 1.5", e.getMessage());
        e = assertThrows(SchemeError.class, () -> FormatLib.format(5L, new Object[] {s("x")}));
        assertEquals("format: expected a textual output port, got 5", e.getMessage());
    }
}
