package org.eshkol.analysis.read;

import static org.eshkol.analysis.read.ReadHelper.one;
import static org.eshkol.analysis.read.ReadHelper.show;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import org.eshkol.analysis.source.Span;
import org.junit.jupiter.api.Test;

class DatumPrinterTest {
    private static final Span S = Span.NONE;

    @Test
    void printsEveryKindOfDatum() {
        Datum d = new Datum.ListD(S, List.of(
                new Datum.Sym(S, "a"), new Datum.Str(S, "q\"\\\n\t\u0001"), new Datum.Char(S, ' '), new Datum.Char(S, 0x7f),
                new Datum.Char(S, 1), new Datum.Bool(S, true), new Datum.Int(S, BigInteger.TEN.pow(20)),
                new Datum.Ratio(S, BigInteger.ONE, BigInteger.TWO), new Datum.Real(S, 2.5),
                new Datum.Vec(S, List.of()), new Datum.Bytes(S, new byte[] {(byte) 200}),
                new Datum.Labeled(S, 3, new Datum.LabelRef(S, 4))), new Datum.Sym(S, "z"));
        assertEquals("(a \"q\\\"\\\\\\n\\t\\x1;\" #\\space #\\delete #\\x1 #t 100000000000000000000 1/2 2.5 #() #u8(200) #3=#4# . z)",
                DatumPrinter.print(d));
    }

    @Test
    void symbolsThatWouldNotReadBackGetBars() {
        for (String name : new String[] {"", "a b", "1", "+5", ".", "#foo", "a|b", "(", "1/2", "+i", "a;b", "x\"y", "a\\b"}) {
            String printed = DatumPrinter.print(new Datum.Sym(S, name));
            assertEquals(name, ((Datum.Sym) one(printed)).name(), printed);
        }
        assertEquals("abc ... + -> 1+", DatumPrinter.print(new Datum.Sym(S, "abc")) + " ... + -> 1+");
        assertEquals("|a b|", DatumPrinter.print(new Datum.Sym(S, "a b")));
    }

    @Test
    void flonums() {
        assertEquals("1.0 -0.0 1e21 1.5e-7 +inf.0 -inf.0 +nan.0 123456.5",
                show("1.0 -0.0 1e21 1.5e-7 +inf.0 -inf.0 +nan.0 123456.5"));
    }

    @Test
    void roundTripsThroughTheReader() {
        String src = "(define (f . args) `(,@args #(1 #\\x3bb \"\\a\") #u8(1 2) |odd sym| #0=(#0#)))";
        String once = show(src);
        assertEquals(once, show(once));
    }
}
