package org.eshkol.analysis.expand;

import static org.eshkol.analysis.expand.ExpandTesting.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each expand error's message and position; expansion continues after an error. */
class ExpandErrorsTest {
    private static void error(String text, String expected) { assertEquals(List.of(expected), errors(text)); }

    @Test
    void malformedSpecialForms() {
        error("(if)", "1:1: if: bad syntax, expected (if test then [else])");
        error("(if 1 2 3 4)", "1:1: if: bad syntax, expected (if test then [else])");
        error("(lambda (x))", "1:1: lambda: bad syntax, expected (lambda formals body ...)");
        error("(let ((x)) x)", "1:7: let: bad syntax, expected (let ((name value) ...) body ...)");
        error("(let ((x 1)))", "1:1: let: bad syntax, expected (let ((name value) ...) body ...)");
        error("(define)", "1:1: define: bad syntax, expected (define name value) or (define (name . formals) body ...)");
        error("(define 1 2)", "1:1: define: bad syntax, expected (define name value) or (define (name . formals) body ...)");
        error("(set! x)", "1:1: set!: bad syntax, expected (set! name value)");
        error("(quote)", "1:1: quote: bad syntax, expected (quote datum)");
        error("(let* x)", "1:1: let*: bad syntax, expected (let* ((name value) ...) body ...)");
        error("(letrec ((a)) a)", "1:10: letrec: bad syntax, expected (letrec ((name value) ...) body ...)");
        error("(cond (else 1) (a 2))", "1:7: cond: bad syntax, expected (cond (test expr ...) ... [(else expr ...)])");
        error("(case)", "1:1: case: bad syntax, expected (case key ((datum ...) expr ...) ... [(else expr ...)])");
        error("(when)", "1:1: when: bad syntax, expected (when test expr ...)");
        error("(do ((i 0)))", "1:1: do: bad syntax, expected (do ((var init [step]) ...) (test expr ...) command ...)");
        error("(case-lambda (x))", "1:14: case-lambda: bad syntax, expected (case-lambda (formals body ...) ...)");
        error("(let-values (x) 1)", "1:14: let-values: bad syntax, expected (let-values ((formals expr) ...) body ...)");
        error("(define-values (a))", "1:1: define-values: bad syntax, expected (define-values formals expr)");
        error("(parameterize)", "1:1: parameterize: bad syntax, expected (parameterize ((param value) ...) body ...)");
        error("(guard (1) 2)", "1:1: guard: bad syntax, expected (guard (var clause ...) body ...)");
        error("(delay)", "1:1: delay: bad syntax, expected (delay expr)");
        error("(assert)", "1:1: assert: bad syntax, expected (assert expr)");
        error("(f (begin))", "1:4: begin: bad syntax, expected (begin expr ...)");
    }

    @Test
    void topLevelEmptyBeginIsFine() {
        assertEquals(List.of(), errors("(begin)"));
    }

    @Test
    void duplicateParameter() {
        error("(lambda (x y x) 1)", "1:14: lambda: duplicate parameter x");
        error("(let ((a 1) (a 2)) a)", "1:14: let: duplicate binding a");
        error("(lambda () (define a 1) (define a 2) a)", "1:33: define: duplicate definition a");
    }

    @Test
    void keywordMisuse() {
        error("(define x if)", "1:11: if: bad syntax, expected (if test then [else])");
        error("(f (define x 1))", "1:4: define: not allowed in an expression context");
        error("(set! if 1)", "1:7: set!: cannot assign to syntax keyword if");
        error(",x", "1:1: unquote: not allowed outside quasiquote");
        error("(lambda () (import (scheme base)))", "1:12: import: only allowed at top level");
        error("(import (foo bar))", "1:9: import: unknown library (foo bar)");
        error("()", "1:1: application: bad syntax, expected (procedure argument ...)");
    }

    @Test
    void syntaxRulesErrors() {
        error("(define-syntax m (syntax-rules () ((_ a) a))) (m 1 2)", "1:47: no syntax-rules pattern matches (m 1 2)");
        error("(define-syntax m (syntax-rules () ((_ a a) a)))", "1:41: syntax-rules: duplicate pattern variable a");
        error("(define-syntax m (syntax-rules () ((_ ... a) a)))", "1:39: syntax-rules: misplaced ellipsis ... in pattern");
        error("(define-syntax m (syntax-rules () ((_ a ...) a))) (m 1)",
                "1:51: syntax-rules: pattern variable a is used with too few ellipses in the template");
        error("(define-syntax m 5)",
                "1:18: define-syntax: bad syntax, expected (define-syntax name (syntax-rules (literal ...) (pattern template) ...))");
        error("(define-syntax m (syntax-rules))", "1:18: syntax-rules: bad syntax, expected (syntax-rules (literal ...) (pattern template) ...)");
        error("(define-syntax m (syntax-rules () ((_) 1))) m", "1:45: m: bad syntax, expected (m ...)");
    }

    @Test
    void syntaxErrorForm() {
        error("(define-syntax must-be-pair (syntax-rules () ((_ (a . b)) 'ok) ((_ x) (syntax-error \"not a pair:\" x))))\n"
                + "(must-be-pair 5)", "2:1: not a pair: 5");
    }

    @Test
    void recordTypeErrors() {
        error("(define-record-type)", "1:1: define-record-type: bad syntax, expected "
                + "(define-record-type name (constructor field ...) predicate (field accessor [modifier]) ...)");
        error("(define-record-type p (mk z) p? (x px))", "1:27: define-record-type: constructor argument z is not a field");
        error("(define-record-type p (mk x) p? (x px) (x py))", "1:41: define-record-type: duplicate field x");
    }

    @Test
    void reportsEveryErrorAndContinues() {
        assertEquals(List.of("1:1: if: bad syntax, expected (if test then [else])",
                        "2:1: set!: bad syntax, expected (set! name value)",
                        "3:20: quote: bad syntax, expected (quote datum)",
                        "3:29: if: bad syntax, expected (if test then [else])"),
                errors("(if)\n(set! x)\n(define (f) (g) (h (quote)) (if))"));
    }

    @Test
    void nonTerminatingMacroIsReported() {
        List<String> e = errors("(define-syntax loop (syntax-rules () ((_ x) (loop x)))) (loop 1)");
        assertEquals(1, e.size());
        assertEquals(true, e.get(0).startsWith("1:57: macro expansion does not terminate: (loop 1)"), e.get(0));
    }
}
