package org.eshkol.analysis.expand;

import static org.eshkol.analysis.expand.ExpandTesting.expand;
import static org.eshkol.analysis.expand.ExpandTesting.last;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The basic special forms lower to the expected core IR. */
class CoreFormsTest {
    @Test
    void constantsAndQuote() {
        assertEquals("42\n\"s\"\n#t\n'x\n'(1 . 2)\n#(1 2)", expand("42 \"s\" #t 'x '(1 . 2) #(1 2)"));
    }

    @Test
    void ifOneAndTwoArmed() {
        assertEquals("(if a b c)\n(if a b #<unspecified>)", expand("(if a b c) (if a b)"));
    }

    @Test
    void defineVariableAndProcedure() {
        assertEquals("(define x 1)\n(define f (lambda f (a.1 . r.2) (a.1 r.2)))\n(define y #<unspecified>)",
                expand("(define x 1) (define (f a . r) (a r)) (define y)"));
    }

    @Test
    void defineNamesLambda() {
        assertEquals("(define g (lambda g (x.1) x.1))", expand("(define g (lambda (x) x))"));
    }

    @Test
    void curriedDefine() {
        assertEquals("(define f (lambda f (a.1) (lambda (b.2) (+ a.1 b.2))))", expand("(define ((f a) b) (+ a b))"));
    }

    @Test
    void setLocalAndGlobal() {
        assertEquals("(lambda (x.1) (begin (set! x.1 1) (set! y 2)))", expand("(lambda (x) (set! x 1) (set! y 2))"));
    }

    @Test
    void lambdaFormals() {
        assertEquals("(lambda (. args.1) args.1)\n(lambda (a.1 b.2) a.1)", expand("(lambda args args) (lambda (a b) a)"));
    }

    @Test
    void topLevelBeginSplices() {
        assertEquals("(define a 1)\n(define b 2)\n(+ a b)", expand("(begin (define a 1) (define b 2)) (+ a b)"));
    }

    @Test
    void letFamily() {
        assertEquals("(let ((x.1 1) (y.2 2)) (+ x.1 y.2))", last("(let ((x 1) (y 2)) (+ x y))"));
        assertEquals("(let ((x.1 1)) (let ((y.2 x.1)) y.2))", last("(let* ((x 1) (y x)) y)"));
        assertEquals("(letrec ((f.1 (lambda f (n.2) (f.1 n.2)))) (f.1 1))", last("(letrec ((f (lambda (n) (f n)))) (f 1))"));
        assertEquals("(letrec ((a.1 1) (b.2 a.1)) b.2)", last("(letrec* ((a 1) (b a)) b)"));
    }

    @Test
    void letBoundLambdaIsNamed() {
        assertEquals("(let ((g.1 (lambda g () 1))) (g.1))", last("(let ((g (lambda () 1))) (g))"));
    }

    @Test
    void namedLet() {
        assertEquals("(letrec ((loop.1 (lambda loop (i.2) (loop.1 (+ i.2 1))))) (loop.1 0))",
                last("(let loop ((i 0)) (loop (+ i 1)))"));
    }

    @Test
    void namedLetInitsSeeOuterScope() {
        assertEquals("(lambda (loop.1) (letrec ((loop.2 (lambda loop (i.3) i.3))) (loop.2 loop.1)))",
                last("(lambda (loop) (let loop ((i loop)) i))"));
    }

    @Test
    void internalDefinesBecomeLetrec() {
        assertEquals("(lambda f () (letrec ((a.1 1) (g.2 (lambda g () a.1))) (g.2)))",
                last("(define (f) (define a 1) (define (g) a) (g))").replaceFirst("^\\(define f ", "").replaceFirst("\\)$", ""));
    }

    @Test
    void mixedBodyExpressionsRunBeforeNextDefinition() {
        assertEquals("(lambda () (letrec ((a.1 1) (b.2 (begin (display a.1) 2))) b.2))",
                last("(lambda () (define a 1) (display a) (define b 2) b)"));
    }

    @Test
    void bodyBeginSplicesDefinitions() {
        assertEquals("(lambda () (letrec ((a.1 1) (b.2 2)) (+ a.1 b.2)))",
                last("(lambda () (begin (define a 1) (define b 2)) (+ a b))"));
    }

    @Test
    void internalDefineMayShadowParameter() {
        assertEquals("(lambda (x.1) (letrec ((x.2 2)) x.2))", last("(lambda (x) (define x 2) x)"));
    }

    @Test
    void condForms() {
        assertEquals("(if a 1 (let ((t.1 b)) (if t.1 (f t.1) (let ((t.2 c)) (if t.2 t.2 (begin 2 3))))))",
                last("(cond (a 1) (b => f) (c) (else 2 3))"));
        assertEquals("(if a 1 #<unspecified>)", last("(cond (a 1))"));
    }

    @Test
    void caseForms() {
        assertEquals("(let ((key.1 k)) (if (#%eqv? key.1 1) 'one (if (#%memv key.1 '(2 3)) 'few 'many)))",
                last("(case k ((1) 'one) ((2 3) 'few) (else 'many))"));
        assertEquals("(let ((key.1 k)) (if (#%eqv? key.1 'a) (f key.1) (g key.1)))",
                last("(case k ((a) => f) (else => g))"));
    }

    @Test
    void andOr() {
        assertEquals("#t\na\n(if a (if b c #f) #f)", expand("(and) (and a) (and a b c)"));
        assertEquals("#f\n(let ((t.1 a)) (if t.1 t.1 b))", expand("(or) (or a b)"));
    }

    @Test
    void whenUnless() {
        assertEquals("(if a (begin b c) #<unspecified>)\n(if a #<unspecified> b)", expand("(when a b c) (unless a b)"));
    }

    @Test
    void doLoop() {
        assertEquals("(letrec ((do-loop.1 (lambda do-loop (i.2 acc.3) (if (= i.2 3) acc.3 (begin (display i.2) "
                        + "(do-loop.1 (+ i.2 1) acc.3)))))) (do-loop.1 0 '()))",
                last("(do ((i 0 (+ i 1)) (acc '())) ((= i 3) acc) (display i))"));
    }

    @Test
    void caseLambda() {
        assertEquals("(define f (case-lambda f ((x.1) x.1) ((x.2 . r.3) r.3)))",
                last("(define f (case-lambda ((x) x) ((x . r) r)))"));
    }

    @Test
    void letValues() {
        assertEquals("(#%call-with-values (lambda () (values 1 2)) (lambda (a.1 b.2) "
                        + "(#%call-with-values (lambda () (f)) (lambda (. r.3) (list a.1 b.2 r.3)))))",
                last("(let-values (((a b) (values 1 2)) (r (f))) (list a b r))"));
        assertEquals("(#%call-with-values (lambda () 1) (lambda (a.1) (#%call-with-values (lambda () a.1) (lambda (b.2) b.2))))",
                last("(let*-values (((a) 1) ((b) a)) b)"));
    }

    @Test
    void defineValuesTopLevel() {
        assertEquals("(define a #<unspecified>)\n(define r #<unspecified>)\n"
                        + "(#%call-with-values (lambda () (f)) (lambda (a.1 . r.2) (begin (set! a a.1) (set! r r.2))))",
                expand("(define-values (a . r) (f))"));
    }

    @Test
    void defineValuesInBody() {
        assertEquals("(lambda () (letrec ((a.1 #<unspecified>) (b.2 #<unspecified>)) (begin "
                        + "(#%call-with-values (lambda () (f)) (lambda (a.3 b.4) (begin (set! a.1 a.3) (set! b.2 b.4)))) (+ a.1 b.2))))",
                last("(lambda () (define-values (a b) (f)) (+ a b))"));
    }

    @Test
    void parameterize() {
        assertEquals("(#%%parameterize (#%list p q) (#%list 1 2) (lambda () (f)))", last("(parameterize ((p 1) (q 2)) (f))"));
    }

    @Test
    void guard() {
        assertEquals("(#%%guard (lambda () (f)) (lambda (e.1) (if (string? e.1) e.1 (#%raise-continuable e.1))))",
                last("(guard (e ((string? e) e)) (f))"));
        assertEquals("(#%%guard (lambda () (f)) (lambda (e.1) (let ((t.2 (g e.1))) (if t.2 (h t.2) 0))))",
                last("(guard (e ((g e) => h) (else 0)) (f))"));
    }

    @Test
    void delay() {
        assertEquals("(#%%delay (lambda () (f)))\n(#%%delay-force (lambda () (g)))\n(make-promise 1)",
                expand("(delay (f)) (delay-force (g)) (make-promise 1)"));
    }

    @Test
    void assertForm() {
        assertEquals("(if (> x 0) #<unspecified> (#%%assertion-failed '(> x 0)))", last("(assert (> x 0))"));
    }

    @Test
    void importIsIgnored() {
        assertEquals("1", expand("(import (scheme base) (scheme write) (only (scheme char) char-upcase)) 1"));
    }

    @Test
    void recordType() {
        assertEquals(String.join("\n",
                "(define <point> (#%%make-record-type '<point> '(x y)))",
                "(define make-point (#%%record-constructor <point> '(x y) 'make-point))",
                "(define point? (#%%record-predicate <point> 'point?))",
                "(define point-x (#%%record-accessor <point> 'x 'point-x))",
                "(define set-point-x! (#%%record-modifier <point> 'x 'set-point-x!))",
                "(define point-y (#%%record-accessor <point> 'y 'point-y))"),
                expand("(define-record-type <point> (make-point x y) point? (x point-x set-point-x!) (y point-y))"));
    }

    @Test
    void recordTypeConstructorVariants() {
        assertEquals(String.join("\n",
                "(define t (#%%make-record-type 't '(a b)))",
                "(define mk (#%%record-constructor t '(a b) 'mk))",
                "(define t-a (#%%record-accessor t 'a 't-a))"),
                expand("(define-record-type t mk #f (a t-a) b)"));
        assertEquals("(define t (#%%make-record-type 't '(a)))\n(define t? (#%%record-predicate t 't?))",
                expand("(define-record-type t #f t? (a))"));
    }

    @Test
    void recordTypeInBody() {
        assertEquals("(lambda () (letrec ((box.1 (#%%make-record-type 'box '(v))) (mk.2 (#%%record-constructor box.1 '(v) 'mk)) "
                        + "(unbox.3 (#%%record-accessor box.1 'v 'unbox))) (unbox.3 (mk.2 1))))",
                last("(lambda () (define-record-type box (mk v) #f (v unbox)) (unbox (mk 1)))"));
    }

    @Test
    void localVariableShadowsKeyword() {
        assertEquals("(lambda (if.1 list.2) (if.1 1 2 3))", last("(lambda (if list) (if 1 2 3))"));
    }

    @Test
    void topLevelDefineShadowsKeyword() {
        assertEquals("(define assert (lambda assert (x.1) x.1))\n(assert 1)", expand("(define (assert x) x) (assert 1)"));
    }
}
