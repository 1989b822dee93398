package org.eshkol.analysis.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.analysis.source.Span;
import org.junit.jupiter.api.Test;

/**
 * Feeds the reader and {@link NumberSyntax} many random and mutated inputs (fixed seeds, bounded
 * iterations and time per batch): they must return datums or report diagnostics, never throw and
 * never hang. What reads without errors must also print and read back the same.
 */
class ReaderFuzzTest {
    private static final String[] CORPUS = {
        "(define (fact n) (if (= n 0) 1 (* n (fact (- n 1)))))",
        "(let loop ((i 0) (acc '())) (if (< i 10) (loop (+ i 1) (cons i acc)) (reverse acc)))",
        "(display \"hello\\nworld\\x41;\") (newline) ; comment",
        "#(1 2.5 -3/4 #e1.5 #x-ff +inf.0 \"s\" #\\a #\\space #\\x3bb) #u8(0 255 7)",
        "`(a ,b ,@(list c d) . e) '#0=(x . #0#) #| nested #| comment |# |# #;(skip me) kept",
        "(define-record-type point (make-point x y) point? (x point-x) (y point-y set-point-y!))",
        "#!fold-case (DEFINE |Odd Sym\\x41;| #\\NEWLINE) #!no-fold-case [a b] \"a\\   \n  b\"",
        "(vector-map + #(1 2) #(10 20)) (string->symbol \"x\") (char->integer #\\delete) 1e10 .5 -1.5e-3 #t #false",
    };
    private static final String INSERTS = "()#|\"\\;'`,@.[]{} \n0123456789abxeit+-/=u8!";
    private static final int BATCHES = 20;
    private static final int PER_BATCH = 1_500;

    /** Inputs that read cleanly (and were round-tripped) and inputs that reported errors. */
    private int clean;
    private int faulty;

    @Test
    void mutatedProgramsNeverThrowOrHang() {
        Random random = new Random(0xE5C01L);
        for (int batch = 0; batch < BATCHES; batch++) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                for (int i = 0; i < PER_BATCH; i++) check(mutate(random));
            });
        }
        // The mutations must exercise both the error paths and the round trip.
        assertTrue(clean > BATCHES * PER_BATCH / 20, "clean inputs: " + clean);
        assertTrue(faulty > BATCHES * PER_BATCH / 4, "faulty inputs: " + faulty);
    }

    @Test
    void randomCharactersNeverThrowOrHang() {
        Random random = new Random(42);
        for (int batch = 0; batch < BATCHES; batch++) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                for (int i = 0; i < PER_BATCH; i++) check(randomText(random));
            });
        }
    }

    @Test
    void longConcatenatedMutationsNeverThrowOrHang() {
        Random random = new Random(99);
        for (int batch = 0; batch < 5; batch++) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                for (int i = 0; i < 40; i++) {
                    StringBuilder sb = new StringBuilder();
                    while (sb.length() < 20_000) sb.append(random.nextBoolean() ? mutate(random) : randomText(random)).append('\n');
                    check(sb.toString());
                }
            });
        }
    }

    @Test
    void randomNumberTextsNeverThrow() {
        Random random = new Random(7);
        String alphabet = "0123456789+-./#eixbodEIXBOD@afn ";
        int[] numbers = {0};
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 50_000; i++) {
                int len = random.nextInt(12);
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < len; k++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                String s = sb.toString();
                for (int radix : new int[] {2, 8, 10, 16, 3}) {
                    try {
                        Datum d = NumberSyntax.parse(s, radix, Span.NONE);
                        if (d != null) numbers[0]++;
                        if (d != null && radix == 10 && !(d instanceof Datum.Real r && Double.isNaN(r.value()))) {
                            Datum again = NumberSyntax.parse(DatumPrinter.print(d), 10, Span.NONE);
                            assertEquals(DatumPrinter.print(d), DatumPrinter.print(again), s);
                        }
                    } catch (RuntimeException e) {
                        throw new AssertionError("NumberSyntax.parse threw on " + quote(s) + " radix " + radix, e);
                    }
                }
            }
        });
        assertTrue(numbers[0] > 5_000, "texts that were numbers: " + numbers[0]);
    }

    private static String mutate(Random random) {
        StringBuilder sb = new StringBuilder(CORPUS[random.nextInt(CORPUS.length)]);
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = sb.isEmpty() ? 0 : random.nextInt(sb.length());
            switch (random.nextInt(4)) {
                case 0 -> { if (!sb.isEmpty()) sb.deleteCharAt(at); }
                case 1 -> sb.insert(at, INSERTS.charAt(random.nextInt(INSERTS.length())));
                case 2 -> { if (!sb.isEmpty()) sb.setCharAt(at, INSERTS.charAt(random.nextInt(INSERTS.length()))); }
                default -> {
                    int len = Math.min(sb.length() - at, random.nextInt(10));
                    if (len > 0) sb.insert(random.nextInt(sb.length()), sb.substring(at, at + len));
                }
            }
        }
        return sb.toString();
    }

    private static String randomText(Random random) {
        int len = random.nextInt(40);
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            int kind = random.nextInt(10);
            if (kind < 6) sb.append(INSERTS.charAt(random.nextInt(INSERTS.length())));
            else if (kind < 9) sb.append((char) random.nextInt(128));
            else sb.append((char) random.nextInt(0x10000)); // includes lone surrogates
        }
        return sb.toString();
    }

    private void check(String src) {
        Diagnostics diags = new Diagnostics();
        List<Datum> data;
        try {
            data = Reader.readAll(new SourceFile("fuzz.esk", src), diags);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("reader threw on " + quote(src), e);
        }
        diags.all().forEach(d -> d.render()); // rendering must not throw either
        if (diags.hasErrors()) {
            faulty++;
            return;
        }
        clean++;
        StringBuilder printed = new StringBuilder();
        for (Datum d : data) printed.append(DatumPrinter.print(d)).append('\n');
        Diagnostics again = new Diagnostics();
        List<Datum> reread = Reader.readAll(new SourceFile("fuzz.esk", printed.toString()), again);
        if (again.hasErrors()) fail("printed form of " + quote(src) + " does not read back: " + printed + again.all());
        StringBuilder printedAgain = new StringBuilder();
        for (Datum d : reread) printedAgain.append(DatumPrinter.print(d)).append('\n');
        assertEquals(printed.toString(), printedAgain.toString(), () -> "round trip of " + quote(src));
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20 || c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }
}
