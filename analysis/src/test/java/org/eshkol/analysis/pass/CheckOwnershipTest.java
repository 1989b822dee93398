package org.eshkol.analysis.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eshkol.analysis.diag.Diagnostic;
import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.expand.Expander;
import org.eshkol.analysis.ir.Program;
import org.eshkol.analysis.read.Reader;
import org.eshkol.analysis.source.SourceFile;
import org.junit.jupiter.api.Test;

/** The diagnostics of {@link CheckOwnership}, rendered in full (the headlines are pinned by the golden corpus). */
class CheckOwnershipTest {

    private static List<Diagnostic> check(String text) {
        SourceFile file = new SourceFile("t.esk", text);
        Diagnostics diags = new Diagnostics();
        Program p = Expander.expandProgram(file, Reader.readAll(file, diags), diags);
        diags.throwIfAny();
        Diagnostics found = new Diagnostics();
        CheckOwnership.check(p.forms(), found);
        return found.all();
    }

    @Test
    void notConsumedShowsWhereTheValueCameFromAndTheFixes() {
        List<Diagnostic> ds = check("""
                (define (bad-example conn)
                  (let ((response (http-get conn)))
                    response))
                (bad-example (owned (tcp-connect "h" 80)))
                """);
        assertEquals(1, ds.size());
        assertEquals("""
                t.esk:1:22: ownership error: Owned value 'conn' not consumed before scope exit
                  (define (bad-example conn)
                                       ^
                  t.esk:4:14: ownership passed here
                  (bad-example (owned (tcp-connect "h" 80)))
                               ^
                  Owned values must be explicitly consumed with:
                    - (close conn)      ; For file/socket resources
                    - (move conn)       ; Transfer ownership
                    - (consume conn)    ; Explicit consumption""", ds.get(0).render());
    }

    @Test
    void useAfterMoveLabelsTheMove() {
        List<Diagnostic> ds = check("(let ((x (owned 1))) (let ((y (move x))) (display x) (consume y)))");
        assertEquals(1, ds.size());
        assertEquals("""
                t.esk:1:51: ownership error: Use of moved value 'x'
                  (let ((x (owned 1))) (let ((y (move x))) (display x) (consume y)))
                                                                    ^
                  t.esk:1:31: value moved here
                  (let ((x (owned 1))) (let ((y (move x))) (display x) (consume y)))
                                                ^""", ds.get(0).render());
    }

    @Test
    void correctUseReportsNothing() {
        assertEquals(List.of(), check("""
                (define (handle-request conn)
                  (let ((response (http-get conn)))
                    (close conn)
                    response))
                (define (transfer-ownership conn)
                  (let ((new-owner (move conn)))
                    (handle-request new-owner)))
                (transfer-ownership (owned (tcp-connect "h" 80)))
                (let ((x (owned 1))) (borrow x (display x)) (consume x))
                """));
    }

    @Test
    void aDivergingArmNeedNotConsume() {
        assertEquals(List.of(), check("(define (f p) (let ((x (owned p))) (if (< p 0) (error \"neg\") (close x))))"));
    }

    @Test
    void aScriptDefinedCloseIsAnOrdinaryProcedure() {
        // x moves into the script's own close, whose parameter must then consume it
        List<Diagnostic> ds = check("(define (close v) (display v)) (define (f p) (let ((x (owned p))) (close x)))");
        assertEquals(List.of("t.esk:1:16: ownership error: Owned value 'v' not consumed before scope exit"),
                ds.stream().map(Diagnostic::headline).toList());
    }

    @Test
    void passingToAProcedureTheAnalysisCannotSeeMovesAndIsExplained() {
        SourceFile file = new SourceFile("t.esk", """
                (define (apply-to f x) (f x))
                (define (leak m) (let ((g (owned (mutex-lock m)))) (mutex-locked? g)))
                (define (after handler m) (let ((g (owned (mutex-lock m)))) (handler g) (mutex-locked? g)))
                """);
        Diagnostics diags = new Diagnostics();
        Program p = Expander.expandProgram(file, Reader.readAll(file, diags), diags);
        Diagnostics found = new Diagnostics();
        List<String> notes = new java.util.ArrayList<>();
        CheckOwnership.check(p.forms(), found, name -> name.equals("mutex-lock") || name.equals("mutex-locked?"),
                d -> notes.add(d.headline()));
        // apply-to's x never receives an owned argument, so nothing is said about it
        assertEquals(List.of(
                "t.esk:3:70: ownership note: 'g' moves into the procedure 'handler', which the analysis cannot see: it takes ownership"),
                notes);
        // a builtin only borrows, so leak's g is still owed a close; after's g was moved, then used
        assertEquals(List.of(
                "t.esk:2:25: ownership error: Owned value 'g' not consumed before scope exit",
                "t.esk:3:88: ownership error: Use of moved value 'g'"),
                found.all().stream().map(Diagnostic::headline).toList());
    }
}
