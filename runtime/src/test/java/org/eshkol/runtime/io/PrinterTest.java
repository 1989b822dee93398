package org.eshkol.runtime.io;

import static org.eshkol.runtime.io.Fn.list;
import static org.eshkol.runtime.io.Fn.sym;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.Eof;
import org.eshkol.runtime.ErrorObject;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Printer;
import org.eshkol.runtime.Symbol;
import org.eshkol.runtime.Unspecified;
import org.junit.jupiter.api.Test;

class PrinterTest {
    private static String w(Object v) { return Printer.writeString(v); }

    private static String d(Object v) { return Printer.displayString(v); }

    private static String shared(Object v) { return Printer.toString(v, PrintStyle.WRITE_SHARED); }

    private static String simple(Object v) { return Printer.toString(v, PrintStyle.WRITE_SIMPLE); }

    @Test
    void numbers() {
        assertEquals("42", w(42L));
        assertEquals("-7", d(-7L));
        assertEquals("123456789012345678901234567890", w(new BigInteger("123456789012345678901234567890")));
        assertEquals("1.0", w(1.0));
        assertEquals("-0.5", w(-0.5));
        assertEquals("+inf.0", w(Double.POSITIVE_INFINITY));
        assertEquals("-inf.0", w(Double.NEGATIVE_INFINITY));
        assertEquals("+nan.0", w(Double.NaN));
        assertEquals("1e21", w(1e21));
        assertEquals("1.5e-7", w(1.5e-7));
    }

    @Test
    void booleansNilEofUnspecified() {
        assertEquals("#t", w(Boolean.TRUE));
        assertEquals("#f", d(Boolean.FALSE));
        assertEquals("()", w(Nil.NIL));
        assertEquals("#<eof>", w(Eof.EOF));
        assertEquals("#<unspecified>", w(Unspecified.VALUE));
        assertEquals("#<unspecified>", d(Unspecified.VALUE));
        assertEquals("(#<unspecified>)", w(new Pair(Unspecified.VALUE, Nil.NIL)));
    }

    @Test
    void stringsWrittenWithEscapes() {
        assertEquals("\"a\\nb\"", w(MString.of("a\nb")));
        assertEquals("\"tab\\there\"", w(MString.of("tab\there")));
        assertEquals("\"q\\\"q\\\\\"", w(MString.of("q\"q\\")));
        assertEquals("\"cr\\r\"", w(MString.of("cr\r")));
        assertEquals("\"\\x7;\\x0;\\x1b;\\x7f;\"", w(MString.of("\u0007\u0000\u001b\u007f")));
        assertEquals("\"λ😀\"", w(MString.of("λ😀")));
        assertEquals("a\nb\"", d(MString.of("a\nb\"")));
        assertEquals("\"java\"", w("java"));
    }

    @Test
    void characters() {
        assertEquals("#\\a", w(Char.of('a')));
        assertEquals("a", d(Char.of('a')));
        assertEquals("#\\space", w(Char.of(' ')));
        assertEquals("#\\newline", w(Char.of('\n')));
        assertEquals("#\\tab", w(Char.of('\t')));
        assertEquals("#\\return", w(Char.of('\r')));
        assertEquals("#\\null", w(Char.of(0)));
        assertEquals("#\\alarm", w(Char.of(7)));
        assertEquals("#\\backspace", w(Char.of(8)));
        assertEquals("#\\escape", w(Char.of(27)));
        assertEquals("#\\delete", w(Char.of(0x7f)));
        assertEquals("#\\x1f", w(Char.of(0x1f)));
        assertEquals("#\\x85", w(Char.of(0x85)));
        assertEquals("#\\xa0", w(Char.of(0xa0)));
        assertEquals("#\\λ", w(Char.of('λ')));
        assertEquals("#\\😀", w(Char.of(0x1F600)));
        assertEquals("#\\(", w(Char.of('(')));
    }

    @Test
    void symbolsNeedingBars() {
        assertEquals("abc", w(sym("abc")));
        assertEquals("ABC", w(sym("ABC")));
        assertEquals("+", w(sym("+")));
        assertEquals("-", w(sym("-")));
        assertEquals("...", w(sym("...")));
        assertEquals("->x", w(sym("->x")));
        assertEquals("a.b", w(sym("a.b")));
        assertEquals("set-car!", w(sym("set-car!")));
        assertEquals("λ", w(sym("λ")));
        assertEquals("||", w(sym("")));
        assertEquals("|a b|", w(sym("a b")));
        assertEquals("|(x)|", w(sym("(x)")));
        assertEquals("|1+|", w(sym("1+")));
        assertEquals("|+5|", w(sym("+5")));
        assertEquals("|-.5|", w(sym("-.5")));
        assertEquals("|.|", w(sym(".")));
        assertEquals("|+inf.0|", w(sym("+inf.0")));
        assertEquals("|-i|", w(sym("-i")));
        assertEquals("|#foo|", w(sym("#foo")));
        assertEquals("|a\\|b|", w(sym("a|b")));
        assertEquals("|a;b|", w(sym("a;b")));
        assertEquals("a b", d(sym("a b")));
    }

    @Test
    void listsAndVectors() {
        assertEquals("(1 2 3)", w(list(1L, 2L, 3L)));
        assertEquals("(1 . 2)", w(new Pair(1L, 2L)));
        assertEquals("(1 2 . 3)", w(new Pair(1L, new Pair(2L, 3L))));
        assertEquals("(quote x)", w(list(sym("quote"), sym("x"))));
        assertEquals("((a) (b c) ())", w(list(list(sym("a")), list(sym("b"), sym("c")), Nil.NIL)));
        assertEquals("#(1 \"s\" #\\c)", w(new Object[] {1L, MString.of("s"), Char.of('c')}));
        assertEquals("#(1 s c)", d(new Object[] {1L, MString.of("s"), Char.of('c')}));
        assertEquals("#()", w(new Object[0]));
        assertEquals("#(#() (1))", w(new Object[] {new Object[0], list(1L)}));
        assertEquals("(a \"b\" #\\c)", w(list(sym("a"), MString.of("b"), Char.of('c'))));
        assertEquals("(a b c)", d(list(sym("a"), MString.of("b"), Char.of('c'))));
    }

    @Test
    void bytevectorsErrorsAndOpaqueValues() {
        assertEquals("#u8(1 2 255)", w(new Bytevector(new byte[] {1, 2, (byte) 255})));
        assertEquals("#u8()", w(new Bytevector(new byte[0])));
        ErrorObject e = new ErrorObject(ErrorObject.Kind.GENERIC, "bad thing", list(1L, MString.of("x")));
        assertEquals("#<error \"bad thing\" 1 \"x\">", w(e));
        assertEquals("#<procedure car>", w(new org.eshkol.runtime.Procedure() {
            @Override public String name() { return "car"; }

            @Override public Object applyN(Object[] args) { return null; }
        }));
        assertEquals("#<port>", w(Port.openOutputString()));
        assertEquals("java-object", w(new Object() {
            @Override public String toString() { return "java-object"; }
        }));
    }

    @Test
    void cycleThroughCdrGetsLabel() {
        Pair x = (Pair) list(1L, 2L);
        ((Pair) x.cdr).cdr = x;
        assertEquals("#0=(1 2 . #0#)", w(x));
        assertEquals("#0=(1 2 . #0#)", d(x));
        assertEquals("#0=(1 2 . #0#)", shared(x));
    }

    @Test
    void cycleThroughCarAndVector() {
        Pair x = (Pair) list(sym("a"), sym("b"));
        x.car = x;
        assertEquals("#0=(#0# b)", w(x));
        Object[] v = new Object[] {1L, null};
        v[1] = v;
        assertEquals("#0=#(1 #0#)", w(v));
    }

    @Test
    void writeLabelsOnlyCyclesButWriteSharedLabelsAllSharing() {
        Object shared = list(1L, 2L);
        Object x = list(shared, shared);
        assertEquals("((1 2) (1 2))", w(x));
        assertEquals("(#0=(1 2) #0#)", shared(x));
        assertEquals("((1 2) (1 2))", simple(x));
    }

    @Test
    void sharedTailInCdrPosition() {
        Object tail = list(3L);
        Object x = list(new Pair(1L, tail), new Pair(2L, tail));
        assertEquals("((1 . #0=(3)) (2 . #0#))", shared(x));
        assertEquals("((1 3) (2 3))", w(x));
    }

    @Test
    void labelsAreNumberedInPrintOrder() {
        Pair a = new Pair(sym("a"), Nil.NIL);
        a.cdr = a;
        Pair b = new Pair(sym("b"), Nil.NIL);
        b.cdr = b;
        assertEquals("(#0=(a . #0#) #1=(b . #1#) #0#)", w(list(a, b, a)));
    }

    @Test
    void cyclicObjectReachedTwiceUsesLabelSecondTime() {
        Pair c = new Pair(1L, Nil.NIL);
        c.cdr = c;
        Object shared = list(c);
        assertEquals("((#0=(1 . #0#)) (#0#))", w(list(shared, shared)));
    }

    @Test
    void cycleFarDownALongListIsFound() {
        Pair head = new Pair(0L, Nil.NIL);
        Pair last = head;
        for (long i = 1; i < 10_000; i++) {
            Pair next = new Pair(i, Nil.NIL);
            last.cdr = next;
            last = next;
        }
        last.cdr = head;
        String s = w(head);
        assertTrue(s.startsWith("#0=(0 1 2 "));
        assertTrue(s.endsWith(" 9998 9999 . #0#)"));
    }

    @Test
    void sharedButAcyclicStructureLargerThanAnyBudgetPrintsInFull() {
        Object x = list(sym("a"));
        for (int i = 0; i < 14; i++) x = list(x, x);
        String s = w(x);
        assertEquals(-1, s.indexOf('#'));
        assertEquals(1 << 14, s.split("a", -1).length - 1);
    }

    @Test
    void millionElementListDoesNotOverflow() {
        Object l = Nil.NIL;
        for (long i = 0; i < 1_000_000; i++) l = new Pair(0L, l);
        String s = w(l);
        assertEquals(2 * 1_000_000 + 1, s.length());
        assertTrue(s.startsWith("(0 0 0"));
    }

    @Test
    void deeplyNestedListDoesNotOverflow() {
        Object l = Nil.NIL;
        int depth = 100_000;
        for (int i = 0; i < depth; i++) l = new Pair(l, Nil.NIL);
        String s = w(l);
        assertEquals(2 * depth + 2, s.length());
        assertEquals("(((", s.substring(0, 3));
        assertEquals(")))", s.substring(s.length() - 3));
        Object v = Nil.NIL;
        for (int i = 0; i < depth; i++) v = new Object[] {v};
        assertEquals(3 * depth + 2, Printer.toString(v, PrintStyle.WRITE_SHARED).length());
    }

    @Test
    void deepCdrNestingOfVectorsInLists() {
        Object l = Nil.NIL;
        for (int i = 0; i < 50_000; i++) l = list(1L, new Object[] {l});
        assertTrue(d(l).startsWith("(1 #((1 #("));
    }

    @Test
    void uninternedSymbolPrintsItsName() {
        assertEquals("g1", w(Symbol.uninterned("g1")));
    }
}
