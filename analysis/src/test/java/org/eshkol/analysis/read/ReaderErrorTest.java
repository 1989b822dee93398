package org.eshkol.analysis.read;

import static org.eshkol.analysis.read.ReadHelper.assertError;
import static org.eshkol.analysis.read.ReadHelper.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eshkol.analysis.diag.Diagnostic;
import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.source.SourceFile;
import org.junit.jupiter.api.Test;

/** Every read error message, pinned as a rendered headline, and recovery after errors. */
class ReaderErrorTest {
    @Test
    void unclosedParenPointsAtTheOpeningParen() {
        assertError("(define (f x)\n  (+ x 1)", "t.esk:1:1: read error: unclosed '(': expected ')' before end of file");
        assertError("(a)\n\n  (b (c)", "t.esk:3:3: read error: unclosed '(': expected ')' before end of file");
        assertError("#(1 2", "t.esk:1:1: read error: unclosed '#(': expected ')' before end of file");
        assertError("#u8(1 2", "t.esk:1:1: read error: unclosed '#u8(': expected ')' before end of file");
        assertError("[a b", "t.esk:1:1: read error: unclosed '[': expected ']' before end of file");
    }

    @Test
    void unclosedRendersSourceLineCaretAndHint() {
        Diagnostics diags = new Diagnostics();
        Reader.readAll(new SourceFile("t.esk", "  (foo"), diags);
        Diagnostic d = diags.all().get(0);
        assertEquals("t.esk:1:3: read error: unclosed '(': expected ')' before end of file\n"
                + "    (foo\n"
                + "    ^\n"
                + "  hint: add a ')' to close the '(' opened here", d.render());
    }

    @Test
    void unclosedHintPointsAtANestedFormStartingALine() {
        Diagnostics diags = new Diagnostics();
        Reader.readAll(new SourceFile("t.esk", "(define (f x)\n  (+ x 1)\n(define (g) 2)\n(g)\n"), diags);
        assertEquals("the '(' at line 3, column 1 is still inside it; is a ')' missing before that line?",
                diags.all().get(0).hint());
    }

    @Test
    void strayCloseParen() {
        assertError("(a))", "t.esk:1:4: read error: unexpected ')'");
        assertError(")", "t.esk:1:1: read error: unexpected ')'");
        assertError("(a]", "t.esk:1:3: read error: expected ')' but found ']'");
    }

    @Test
    void unterminatedStringAndComment() {
        assertError("(display \"abc)\n(newline)", "t.esk:1:10: read error: unterminated string");
        assertError("x \"abc\\", "t.esk:1:3: read error: unterminated string");
        assertError("1 #| never | closed", "t.esk:1:3: read error: unterminated block comment");
        assertError("#| #| |#", "t.esk:1:1: read error: unterminated block comment");
        assertError("|abc", "t.esk:1:1: read error: unterminated '|' symbol");
    }

    @Test
    void unknownHashSyntax() {
        assertError("#q", "t.esk:1:1: read error: unknown # syntax: #q");
        assertError("(a #qux b)", "t.esk:1:4: read error: unknown # syntax: #qux");
        assertError("#true1", "t.esk:1:1: read error: unknown # syntax: #true1");
        assertError("#!eof", "t.esk:1:1: read error: unknown # syntax: #!eof");
        assertError("#u(1)", "t.esk:1:1: read error: unknown # syntax: #u");
        assertError("#", "t.esk:1:1: read error: unknown # syntax: #");
        assertError("# 1", "t.esk:1:1: read error: unknown # syntax: #");
        assertError("#12", "t.esk:1:1: read error: unknown # syntax: #12");
    }

    @Test
    void badCharacterNames() {
        assertError("#\\foo", "t.esk:1:1: read error: unknown character name: #\\foo");
        assertError("#\\Space", "t.esk:1:1: read error: unknown character name: #\\Space");
        assertError("#\\xZZ", "t.esk:1:1: read error: unknown character name: #\\xZZ");
        assertError("#\\x110000", "t.esk:1:1: read error: character code out of range: #\\x110000");
        assertError("#\\xD800", "t.esk:1:1: read error: character code out of range: #\\xD800");
        assertError("#\\", "t.esk:1:1: read error: unexpected end of file after #\\");
    }

    @Test
    void badStringEscapes() {
        assertError("\"a\\qb\"", "t.esk:1:3: read error: unknown string escape: \\q");
        assertError("\"\\x41\"", "t.esk:1:2: read error: bad hex escape: \\x41");
        assertError("\"\\x;\"", "t.esk:1:2: read error: bad hex escape: \\x;");
        assertError("\"\\xD800;\"", "t.esk:1:2: read error: bad hex escape: \\xD800;");
        assertError("\"a\\  b\"", "t.esk:1:3: read error: expected a line end after '\\' in string");
        assertError("|a\\qb|", "t.esk:1:3: read error: unknown string escape: \\q");
    }

    @Test
    void dotMisuse() {
        assertError("(. a)", "t.esk:1:2: read error: unexpected '.'");
        assertError("(a .)", "t.esk:1:4: read error: unexpected '.'");
        assertError("(a . b c)", "t.esk:1:4: read error: unexpected '.'");
        assertError("(a . b . c)", "t.esk:1:8: read error: unexpected '.'");
        assertError(".", "t.esk:1:1: read error: unexpected '.'");
        assertError("#(a . b)", "t.esk:1:5: read error: unexpected '.'");
    }

    @Test
    void bytevectorElements() {
        assertError("#u8(1 256)", "t.esk:1:7: read error: bytevector element must be an exact integer 0..255");
        assertError("#u8(-1)", "t.esk:1:5: read error: bytevector element must be an exact integer 0..255");
        assertError("#u8(1.0)", "t.esk:1:5: read error: bytevector element must be an exact integer 0..255");
        assertError("#u8(a)", "t.esk:1:5: read error: bytevector element must be an exact integer 0..255");
        assertError("#u8((1))", "t.esk:1:5: read error: bytevector element must be an exact integer 0..255");
    }

    @Test
    void datumLabels() {
        assertError("(a #3#)", "t.esk:1:4: read error: undefined datum label #3#");
        assertError("#0=(a) #0#", "t.esk:1:8: read error: undefined datum label #0#");
        assertError("(#;#0=a #0#)", "t.esk:1:9: read error: undefined datum label #0#");
        assertError("#0=(#;#1=a #0# #1#)", "t.esk:1:16: read error: undefined datum label #1#");
        assertError("#0=#0#", "t.esk:1:1: read error: datum label #0= cannot label itself");
        assertError("#99999999999=x", "t.esk:1:1: read error: datum label too large: #99999999999=");
    }

    @Test
    void numbersThatAreNotSupportedOrInvalid() {
        assertError("1+2i", "t.esk:1:1: read error: complex numbers are not supported: 1+2i");
        assertError("(f 1/0)", "t.esk:1:4: read error: division by zero in number: 1/0");
        assertError("#xZZ", "t.esk:1:1: read error: bad number syntax: #xZZ");
        assertError("#e+inf.0", "t.esk:1:1: read error: bad number syntax: #e+inf.0");
        assertError("#e1e1000000", "t.esk:1:1: read error: exact number too large: #e1e1000000");
    }

    @Test
    void missingDatumAfterPrefix() {
        assertError("(a ')", "t.esk:1:4: read error: expected a datum after '");
        assertError("(a #;)", "t.esk:1:4: read error: expected a datum after #;");
        assertError("`", "t.esk:1:1: read error: expected a datum after `");
        assertError("(a ,@)", "t.esk:1:4: read error: expected a datum after ,@");
        assertError("#1=", "t.esk:1:1: read error: expected a datum after #1=");
    }

    @Test
    void bracesAreReserved() {
        assertEquals(List.of("t.esk:1:1: read error: unexpected '{'", "t.esk:1:3: read error: unexpected '}'"), errors("{a}"));
    }

    @Test
    void readingContinuesAfterErrorsSoAllAreReported() {
        String src = "(a #q b)\n)\n(c \"x\\q\" #\\bad)\n#u8(300)\n(d . )\n(e #7#)\n(f";
        List<String> all = errors(src);
        assertEquals(List.of(
                "t.esk:1:4: read error: unknown # syntax: #q",
                "t.esk:2:1: read error: unexpected ')'",
                "t.esk:3:6: read error: unknown string escape: \\q",
                "t.esk:3:10: read error: unknown character name: #\\bad",
                "t.esk:4:5: read error: bytevector element must be an exact integer 0..255",
                "t.esk:5:4: read error: unexpected '.'",
                "t.esk:6:4: read error: undefined datum label #7#",
                "t.esk:7:1: read error: unclosed '(': expected ')' before end of file"), all);
    }

    @Test
    void aBadDatumAfterAQuoteDoesNotCascade() {
        assertError("(list '#q 1)", "t.esk:1:8: read error: unknown # syntax: #q");
        Diagnostics diags = new Diagnostics();
        List<Datum> ds = Reader.readAll(new SourceFile("t.esk", "(a '#q) (b)"), diags);
        assertEquals(1, diags.all().size());
        assertEquals("(a) (b)", DatumPrinter.print(ds.get(0)) + " " + DatumPrinter.print(ds.get(1)));
        assertTrue(diags.hasErrors());
    }
}
