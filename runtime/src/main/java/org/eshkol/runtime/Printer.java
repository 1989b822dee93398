package org.eshkol.runtime;

import org.eshkol.runtime.io.DatumPrinter;
import org.eshkol.runtime.io.PrintStyle;

/**
 * Turns values into text for {@code display} and {@code write}: the entry points for code outside the
 * I/O package (error messages, the REPL, the engine). The printer itself is
 * {@link org.eshkol.runtime.io.DatumPrinter}.
 */
public final class Printer {
    private Printer() {}

    /** {@code write}: literals, and datum labels where the structure is circular. */
    public static String writeString(Object v) { return toString(v, PrintStyle.WRITE); }

    /** {@code display}: text as is, and datum labels where the structure is circular. */
    public static String displayString(Object v) { return toString(v, PrintStyle.DISPLAY); }

    public static String toString(Object v, PrintStyle style) {
        StringBuilder sb = new StringBuilder();
        DatumPrinter.print(sb, v, style);
        return sb.toString();
    }

    /** Appends the printed form of {@code v} to {@code sb}. */
    public static void print(StringBuilder sb, Object v, PrintStyle style) { DatumPrinter.print(sb, v, style); }
}
