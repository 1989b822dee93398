package org.eshkol.analysis.expand;

import static org.eshkol.analysis.expand.ExpandTesting.expand;
import static org.eshkol.analysis.expand.ExpandTesting.last;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** syntax-rules matching and transcription, and hygiene. */
class SyntaxRulesTest {
    private static final String MY_OR = "(define-syntax my-or (syntax-rules () ((_) #f) ((_ e) e)"
            + " ((_ e r ...) (let ((t e)) (if t t (my-or r ...))))))";

    @Test
    void myOrDoesNotCaptureUserT() {
        assertEquals("(let ((t.1 5)) (let ((t.2 #f)) (if t.2 t.2 t.1)))", last(MY_OR + "(let ((t 5)) (my-or #f t))"));
    }

    @Test
    void swapWithUserTmp() {
        String swap = "(define-syntax swap! (syntax-rules () ((_ a b) (let ((tmp a)) (set! a b) (set! b tmp)))))";
        assertEquals("(let ((tmp.1 1) (other.2 2)) (let ((tmp.3 tmp.1)) (begin (set! tmp.1 other.2) (set! other.2 tmp.3))))",
                last(swap + "(let ((tmp 1) (other 2)) (swap! tmp other))"));
    }

    @Test
    void templateIfWorksWhenUserBindsIf() {
        String m = "(define-syntax my-if (syntax-rules () ((_ c a b) (cond (c a) (else b)))))";
        assertEquals("(let ((if.1 list)) (if #t 1 2))", last(m + "(let ((if list)) (my-if #t 1 2))"));
    }

    @Test
    void templateListRefersToGlobalWhenUserBindsList() {
        String m = "(define-syntax pair-up (syntax-rules () ((_ a b) (list a b))))";
        assertEquals("(let ((list.1 5)) (list list.1 list.1))", last(m + "(let ((list 5)) (pair-up list list))"));
    }

    @Test
    void literalsMatchByBinding() {
        String m = "(define-syntax kw (syntax-rules (else) ((_ else x) 'else-branch) ((_ y x) 'other)))";
        assertEquals("'else-branch", last(m + "(kw else 1)"));
        assertEquals("(let ((else.1 1)) 'other)", last(m + "(let ((else 1)) (kw else 1))"));
    }

    @Test
    void userMacroPassingElseAndArrowToCond() {
        String m = "(define-syntax my-cond (syntax-rules () ((_ c ...) (cond c ...))))";
        assertEquals("(let ((t.1 a)) (if t.1 (f t.1) 2))", last(m + "(my-cond (a => f) (else 2))"));
    }

    @Test
    void nestedEllipsis() {
        String m = "(define-syntax my-let* (syntax-rules () ((_ ((n v) ...) b ...) (list (quote (n ...)) (list v ...) b ...))))";
        assertEquals("(list '(a b) (list 1 2) 3)", last(m + "(my-let* ((a 1) (b 2)) 3)"));
        String flat = "(define-syntax flat (syntax-rules () ((_ (a ...) ...) '(a ... ...))))";
        assertEquals("'(1 2 3)", last(flat + "(flat (1 2) () (3))"));
    }

    @Test
    void ellipsisInMiddleOfPattern() {
        String m = "(define-syntax lastof (syntax-rules () ((_ a ... b c) '(b c))))";
        assertEquals("'(3 4)", last(m + "(lastof 1 2 3 4)"));
        assertEquals("'(1 2)", last(m + "(lastof 1 2)"));
    }

    @Test
    void dottedTailPattern() {
        String m = "(define-syntax dt (syntax-rules () ((_ a . rest) '(a rest))))";
        assertEquals("'(1 (2 3))", last(m + "(dt 1 2 3)"));
        String e = "(define-syntax et (syntax-rules () ((_ a ... . r) '((a ...) r))))";
        assertEquals("'((1 2) 3)", last(e + "(et 1 2 . 3)"));
    }

    @Test
    void vectorPatterns() {
        String m = "(define-syntax vp (syntax-rules () ((_ #(a b ...)) '(a #(b ...)))))";
        assertEquals("'(1 #(2 3))", last(m + "(vp #(1 2 3))"));
    }

    @Test
    void customEllipsis() {
        String m = "(define-syntax ce (syntax-rules ::: () ((_ a :::) '(a ::: ...))))";
        assertEquals("'(1 2 ...)", last(m + "(ce 1 2)"));
    }

    @Test
    void escapedEllipsis() {
        String m = "(define-syntax esc (syntax-rules () ((_ a) '(a (... ...)))))";
        assertEquals("'(1 ...)", last(m + "(esc 1)"));
    }

    @Test
    void underscoreAndConstants() {
        String m = "(define-syntax k (syntax-rules () ((_ 1 _) 'one) ((_ \"s\" _) 'str) ((_ x _) 'x)))";
        assertEquals("'one\n'str\n3", expand(m + "(k 1 2) (k \"s\" 2) (k 3 4)"));
    }

    @Test
    void recursiveMacro() {
        assertEquals("(let ((t.1 a)) (if t.1 t.1 (let ((t.2 b)) (if t.2 t.2 c))))", last(MY_OR + "(my-or a b c)"));
    }

    @Test
    void macroExpandingToDefinitions() {
        String m = "(define-syntax def2 (syntax-rules () ((_ a b v) (begin (define a v) (define b v)))))";
        assertEquals("(define x 1)\n(define y 1)", expand(m + "(def2 x y 1)"));
        assertEquals("(lambda () (letrec ((x.1 1) (y.2 1)) (+ x.1 y.2)))", last(m + "(lambda () (def2 x y 1) (+ x y))"));
    }

    @Test
    void templateIntroducedBodyDefinitionIsHygienic() {
        String m = "(define-syntax with-helper (syntax-rules () ((_ e) (begin (define helper 1) (+ helper e)))))";
        assertEquals("(lambda (helper.1) (letrec ((helper.2 1)) (+ helper.2 helper.1)))",
                last(m + "(lambda (helper) (with-helper helper))"));
    }

    @Test
    void macroDefiningMacro() {
        String m = "(define-syntax def-const (syntax-rules () ((_ name v) (define-syntax name (syntax-rules () ((_) v))))))";
        assertEquals("42", last(m + "(def-const answer 42) (answer)"));
        String e = "(define-syntax def-lister (syntax-rules () ((_ name) (define-syntax name "
                + "(syntax-rules () ((_ x (... ...)) (list x (... ...))))))))";
        assertEquals("(list 1 2 3)", last(e + "(def-lister lst) (lst 1 2 3)"));
    }

    @Test
    void macroUsedBeforeItsDefinitionInBodyIsLocalMacro() {
        assertEquals("(lambda () 7)",
                last("(lambda () (define-syntax seven (syntax-rules () ((_) 7))) (seven))"));
    }

    @Test
    void letSyntaxAndLetrecSyntax() {
        assertEquals("(let ((x.1 1)) x.1)", last("(let-syntax ((m (syntax-rules () ((_ a) (let ((x a)) x))))) (m 1))"));
        assertEquals("'(done 1)",
                last("(letrec-syntax ((ev (syntax-rules () ((_ n) (od n)))) (od (syntax-rules () ((_ n) '(done n))))) (ev 1))"));
    }

    @Test
    void letSyntaxTemplateSeesDefinitionScope() {
        // the template's x refers to the x bound where the macro was defined, not the user's x
        assertEquals("(let ((x.1 1)) (let ((x.2 2)) x.1))",
                last("(let ((x 1)) (let-syntax ((getx (syntax-rules () ((_) x)))) (let ((x 2)) (getx))))"));
    }

    @Test
    void macrosPersistAcrossReplInputs() {
        Expander ex = new Expander();
        org.eshkol.analysis.source.SourceFile f1 = new org.eshkol.analysis.source.SourceFile("in1", MY_OR);
        org.eshkol.analysis.diag.Diagnostics d = new org.eshkol.analysis.diag.Diagnostics();
        ex.expand(f1, TestReader.read(f1), d);
        org.eshkol.analysis.source.SourceFile f2 = new org.eshkol.analysis.source.SourceFile("in2", "(my-or a)");
        var p = ex.expand(f2, TestReader.read(f2), d);
        assertEquals(false, d.hasErrors());
        assertEquals("a", org.eshkol.analysis.ir.CorePrinter.printStable(p.forms().get(0)));
    }

    @Test
    void quotedTemplateSymbolsAreStripped() {
        String m = "(define-syntax q (syntax-rules () ((_) '(a b))))";
        assertEquals("'(a b)", last(m + "(q)"));
    }

    @Test
    void templateDefineAtTopLevelUsesPlainName() {
        String m = "(define-syntax mk (syntax-rules () ((_) (begin (define counter 0) (set! counter 1)))))";
        assertEquals("(define counter 0)\n(set! counter 1)", expand(m + "(mk)"));
    }
}
