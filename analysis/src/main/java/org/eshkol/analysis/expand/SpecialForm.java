package org.eshkol.analysis.expand;

/**
 * The built-in special forms and auxiliary keywords, each with the shape quoted in its
 * {@code bad syntax} diagnostic. They are ordinary bindings of the top-level environment, so a
 * local variable of the same name shadows them.
 */
public enum SpecialForm {
    QUOTE("quote", "(quote datum)"),
    QUASIQUOTE("quasiquote", "(quasiquote template)"),
    UNQUOTE("unquote", "(unquote expr) inside quasiquote"),
    UNQUOTE_SPLICING("unquote-splicing", "(unquote-splicing expr) inside quasiquote"),
    IF("if", "(if test then [else])"),
    DEFINE("define", "(define name value) or (define (name . formals) body ...)"),
    SET("set!", "(set! name value)"),
    LAMBDA("lambda", "(lambda formals body ...)"),
    BEGIN("begin", "(begin expr ...)"),
    LET("let", "(let ((name value) ...) body ...)"),
    LET_STAR("let*", "(let* ((name value) ...) body ...)"),
    LETREC("letrec", "(letrec ((name value) ...) body ...)"),
    LETREC_STAR("letrec*", "(letrec* ((name value) ...) body ...)"),
    COND("cond", "(cond (test expr ...) ... [(else expr ...)])"),
    CASE("case", "(case key ((datum ...) expr ...) ... [(else expr ...)])"),
    AND("and", "(and expr ...)"),
    OR("or", "(or expr ...)"),
    WHEN("when", "(when test expr ...)"),
    UNLESS("unless", "(unless test expr ...)"),
    DO("do", "(do ((var init [step]) ...) (test expr ...) command ...)"),
    CASE_LAMBDA("case-lambda", "(case-lambda (formals body ...) ...)"),
    LET_VALUES("let-values", "(let-values ((formals expr) ...) body ...)"),
    LET_STAR_VALUES("let*-values", "(let*-values ((formals expr) ...) body ...)"),
    DEFINE_VALUES("define-values", "(define-values formals expr)"),
    PARAMETERIZE("parameterize", "(parameterize ((param value) ...) body ...)"),
    GUARD("guard", "(guard (var clause ...) body ...)"),
    DELAY("delay", "(delay expr)"),
    DELAY_FORCE("delay-force", "(delay-force expr)"),
    DEFINE_RECORD_TYPE("define-record-type",
            "(define-record-type name (constructor field ...) predicate (field accessor [modifier]) ...)"),
    ASSERT("assert", "(assert expr)"),
    OWNED("owned", "(owned expr)"),
    MOVE("move", "(move variable)"),
    CONSUME("consume", "(consume variable)"),
    BORROW("borrow", "(borrow variable body ...)"),
    WITH_RESOURCE("with-resource", "(with-resource (name expr) body ...)"),
    WITH_REGION("with-region", "(with-region ['name | ('name size)] body ...)"),
    IMPORT("import", "(import (library name) ...)"),
    DEFINE_SYNTAX("define-syntax", "(define-syntax name (syntax-rules (literal ...) (pattern template) ...))"),
    LET_SYNTAX("let-syntax", "(let-syntax ((name (syntax-rules ...)) ...) body ...)"),
    LETREC_SYNTAX("letrec-syntax", "(letrec-syntax ((name (syntax-rules ...)) ...) body ...)"),
    SYNTAX_RULES("syntax-rules", "(syntax-rules (literal ...) (pattern template) ...)"),
    SYNTAX_ERROR("syntax-error", "(syntax-error message irritant ...)"),
    ELSE("else", "else inside cond, case or guard"),
    ARROW("=>", "=> inside a cond, case or guard clause");

    private final String keyword;
    private final String shape;

    SpecialForm(String keyword, String shape) {
        this.keyword = keyword;
        this.shape = shape;
    }

    public String keyword() { return keyword; }

    /** The expected shape named in a {@code bad syntax} message. */
    public String shape() { return shape; }

    /** The standard malformed-form message: {@code if: bad syntax, expected (if test then [else])}. */
    public String badSyntax() { return keyword + ": bad syntax, expected " + shape; }
}
