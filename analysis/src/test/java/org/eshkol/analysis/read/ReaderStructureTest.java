package org.eshkol.analysis.read;

import static org.eshkol.analysis.read.ReadHelper.one;
import static org.eshkol.analysis.read.ReadHelper.read;
import static org.eshkol.analysis.read.ReadHelper.show;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.source.SourceFile;
import org.junit.jupiter.api.Test;

/** Compound data, abbreviations, comments, labels, directives and spans. */
class ReaderStructureTest {
    private static String spanText(String src, Datum d) {
        return src.substring(d.span().start(), d.span().end());
    }

    @Test
    void listsAndDottedPairs() {
        assertEquals("()", show("()"));
        assertTrue(assertInstanceOf(Datum.ListD.class, one("()")).isEmpty());
        assertEquals("(1 2 3)", show("(1 2 3)"));
        assertEquals("(1 . 2)", show("(1 . 2)"));
        assertEquals("(1 2 . 3)", show("(1 2 . 3)"));
        assertEquals("(1 2 3)", show("(1 . (2 3))"));
        assertEquals("(1)", show("(1 . ())"));
        assertEquals("(1 2 . 3)", show("(1 . (2 . 3))"));
        assertEquals("(1 . #0=(2))", show("(1 . #0=(2))"));
        Datum.ListD dotted = assertInstanceOf(Datum.ListD.class, one("(a . b)"));
        assertEquals(1, dotted.items().size());
        assertEquals("b", ((Datum.Sym) dotted.tail()).name());
        assertEquals("((a) (b (c)))", show("((a)(b(c)))"));
        assertEquals("(a b)", show("[a b]"));
        assertEquals("(.5 a)".replace(".5", "0.5"), show("(.5 a)"));
    }

    @Test
    void vectorsAndBytevectors() {
        assertEquals("#(1 \"a\" #\\A)", show("#(1 \"a\" #\\x41)"));
        assertEquals("#()", show("#()"));
        Datum.Bytes b = assertInstanceOf(Datum.Bytes.class, one("#u8(0 1 255)"));
        assertArrayEquals(new byte[] {0, 1, (byte) 255}, b.bytes());
        assertEquals("#u8(0 1 255)", show("#u8(0 1 255)"));
        assertEquals("#u8()", show("#u8()"));
        assertEquals("#u8(16)", show("#u8(#x10)"));
    }

    @Test
    void abbreviationsBecomeListsWithSpans() {
        String src = "'x `(a ,b ,@c)";
        List<Datum> ds = read(src);
        Datum.ListD quote = assertInstanceOf(Datum.ListD.class, ds.get(0));
        assertEquals("(quote x)", DatumPrinter.print(quote));
        assertEquals("'x", spanText(src, quote));
        assertEquals("'", spanText(src, quote.items().get(0)));
        assertEquals("x", spanText(src, quote.items().get(1)));
        assertEquals("(quasiquote (a (unquote b) (unquote-splicing c)))", DatumPrinter.print(ds.get(1)));
        Datum.ListD inner = (Datum.ListD) ((Datum.ListD) ds.get(1)).items().get(1);
        Datum.ListD splice = (Datum.ListD) inner.items().get(2);
        assertEquals(",@c", spanText(src, splice));
        assertEquals(",@", spanText(src, splice.items().get(0)));
        assertEquals("(quote (quote a))", show("''a"));
        assertEquals("(quote ())", show("'()"));
    }

    @Test
    void everyDatumKeepsItsExactSpan() {
        String src = "  (define (f x)\n    \"s\\n\" #(1 2) #\\space 1/2 #u8(1))";
        Datum.ListD top = assertInstanceOf(Datum.ListD.class, one(src));
        assertEquals("(define (f x)\n    \"s\\n\" #(1 2) #\\space 1/2 #u8(1))", spanText(src, top));
        List<String> parts = top.items().stream().map(d -> spanText(src, d)).toList();
        assertEquals(List.of("define", "(f x)", "\"s\\n\"", "#(1 2)", "#\\space", "1/2", "#u8(1)"), parts);
        assertEquals(1, top.span().line());
        assertEquals(3, top.span().column());
        assertEquals(2, top.items().get(2).span().line());
        assertEquals(5, top.items().get(2).span().column());
    }

    @Test
    void comments() {
        assertEquals("1 2", show("1 ; comment\n2 ; trailing"));
        assertEquals("1 2", show("1 #| block |# 2"));
        assertEquals("1 2", show("1 #| outer #| inner |# still outer |# 2"));
        assertEquals("(1 3)", show("(1 #;2 3)"));
        assertEquals("(1 4)", show("(1 #;(2 3) 4)"));
        assertEquals("(1 4)", show("(1 #; #;2 3 4)"));
        assertEquals("2", show("#;1 2"));
        assertEquals("", show("#;1"));
        assertEquals("(a)", show("(a #;b)"));
        assertEquals("(1 . 3)", show("(1 . #;2 3)"));
        assertEquals("x", show("#!/usr/bin/env eshkol\nx"));
    }

    @Test
    void datumLabels() {
        Datum.Labeled l = assertInstanceOf(Datum.Labeled.class, one("#0=(a b . #0#)"));
        assertEquals(0, l.label());
        Datum.ListD list = assertInstanceOf(Datum.ListD.class, l.datum());
        assertEquals(new Datum.LabelRef(list.tail().span(), 0), list.tail());
        assertEquals("#0=(a b . #0#)", DatumPrinter.print(l));
        assertEquals("(#1=(x) #1#)", show("(#1=(x) #1#)"));
        assertEquals("#12=#(#12#)", show("#12=#(#12#)"));
        assertEquals("(quote #0=(a . #0#))", show("'#0=(a . #0#)"));
    }

    @Test
    void foldCaseDirectives() {
        assertEquals("hello Hello (hello world)", show("#!fold-case HELLO #!no-fold-case Hello #!fold-case (Hello WORLD)"));
        assertEquals("#\\space #\\A ABC", show("#!fold-case #\\SPACE #\\A |ABC|"));
    }

    @Test
    void deepNestingDoesNotUseTheJavaStack() {
        int depth = 100_000;
        String src = "(".repeat(depth) + "x" + ")".repeat(depth);
        Datum d = one(src);
        int seen = 0;
        while (d instanceof Datum.ListD l) {
            seen++;
            d = l.items().get(0);
        }
        assertEquals(depth, seen);
        String deepQuotes = "'".repeat(depth) + "x";
        String printed = DatumPrinter.print(one(deepQuotes));
        assertTrue(printed.startsWith("(quote (quote"));
        assertEquals(depth * "(quote ".length() + 1 + depth, printed.length());
        assertFalse(ReadHelper.errors("#(".repeat(depth)).isEmpty());
    }

    @Test
    void readingOneDatumAtATime() {
        Diagnostics diags = new Diagnostics();
        SourceFile file = new SourceFile("repl", "(+ 1 2) foo \"bar\"  ");
        Reader reader = new Reader(file, diags);
        assertEquals("(+ 1 2)", DatumPrinter.print(reader.next()));
        assertEquals(7, reader.position());
        assertEquals("foo", DatumPrinter.print(reader.next()));
        assertEquals("\"bar\"", DatumPrinter.print(reader.next()));
        assertNull(reader.next());
        assertNull(reader.next());
        assertFalse(reader.endedInsideDatum());
        assertFalse(diags.hasErrors());

        Reader fromOffset = new Reader(file, 7, new Diagnostics());
        assertEquals("foo", DatumPrinter.print(fromOffset.next()));
    }

    @Test
    void incompleteInputIsSignalled() {
        for (String src : new String[] {"(define (f x)", "\"abc", "#| open", "'", "#(1 2", "|abc"}) {
            Reader r = new Reader(new SourceFile("repl", src), new Diagnostics());
            while (r.next() != null) { }
            assertTrue(r.endedInsideDatum(), src);
        }
        Reader r = new Reader(new SourceFile("repl", "(a) )"), new Diagnostics());
        while (r.next() != null) { }
        assertFalse(r.endedInsideDatum());
    }
}
