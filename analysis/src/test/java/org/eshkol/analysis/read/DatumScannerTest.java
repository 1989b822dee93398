package org.eshkol.analysis.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatumScannerTest {
    private static DatumScanner fed(String text) {
        DatumScanner s = new DatumScanner();
        text.codePoints().forEach(s::feed);
        return s;
    }

    /** The offsets after which the scanner says it is at top level. */
    private static String topLevelMarks(String text) {
        DatumScanner s = new DatumScanner();
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            s.feed(text.charAt(i));
            marks.append(s.atTopLevel() ? '^' : '.');
        }
        return marks.toString();
    }

    @Test
    void listsAndVectorsNest() {
        assertEquals("..^", topLevelMarks("(a)"));
        assertEquals("...........^^^", topLevelMarks("(a #(b [c])) x"));
        assertFalse(fed("(a (b)").atTopLevel());
        assertTrue(fed("(a (b))").atTopLevel());
        assertTrue(fed("#u8(1 2)").atTopLevel());
    }

    @Test
    void bracketsInsideStringsBarsAndCharactersDoNotCount() {
        assertTrue(fed("(\"(\" |)| #\\( #\\))").atTopLevel());
        assertFalse(fed("(\"a\\\")\"").atTopLevel(), "an escaped quote does not end the string");
        assertFalse(fed("(|a\\|)|").atTopLevel(), "an escaped bar does not end the symbol");
        assertFalse(fed("\"abc").atTopLevel());
    }

    @Test
    void commentsAreSkipped() {
        assertFalse(fed("; (\n(").atTopLevel());
        assertTrue(fed("; (\n").atTopLevel());
        assertFalse(fed("; )").atTopLevel(), "inside a line comment");
        assertTrue(fed("#| ( #| ) |# ) |#").atTopLevel());
        assertFalse(fed("#| #| |# ").atTopLevel(), "block comments nest");
        assertTrue(fed("#;(a)").atTopLevel(), "a datum comment is a datum, not a line comment");
        assertFalse(fed("#;(a").atTopLevel());
    }
}
