package org.eshkol.analysis.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import org.eshkol.analysis.read.Datum;
import org.eshkol.analysis.source.Span;
import org.junit.jupiter.api.Test;

class CorePrinterTest {
    private static final Span S = Span.NONE;

    @Test
    void writesDatums() {
        assertEquals("\"a\\\"b\\n\"", CorePrinter.writeDatum(new Datum.Str(S, "a\"b\n")));
        assertEquals("#\\space", CorePrinter.writeDatum(new Datum.Char(S, ' ')));
        assertEquals("#\\x", CorePrinter.writeDatum(new Datum.Char(S, 'x')));
        assertEquals("1.5", CorePrinter.writeDatum(new Datum.Real(S, 1.5)));
        assertEquals("+inf.0", CorePrinter.writeDatum(new Datum.Real(S, Double.POSITIVE_INFINITY)));
        assertEquals("3/4", CorePrinter.writeDatum(new Datum.Ratio(S, BigInteger.valueOf(3), BigInteger.valueOf(4))));
        assertEquals("|a b|", CorePrinter.writeDatum(new Datum.Sym(S, "a b")));
        assertEquals("#u8(1 255)", CorePrinter.writeDatum(new Datum.Bytes(S, new byte[] {1, (byte) 255})));
        assertEquals("(1 . 2)", CorePrinter.writeDatum(new Datum.ListD(S,
                List.of(new Datum.Int(S, BigInteger.ONE)), new Datum.Int(S, BigInteger.TWO))));
    }

    @Test
    void printsVariablesWithIdsOrStably() {
        LocalVar x = new LocalVar("x", S);
        Core.Lambda l = new Core.Lambda(S, "f", List.of(x), null, new Core.LocalRef(S, x));
        assertEquals("(lambda f (x." + x.id() + ") x." + x.id() + ")", CorePrinter.print(l));
        assertEquals("(lambda f (x.1) x.1)", CorePrinter.printStable(l));
    }
}
