package org.eshkol.analysis.expand;

import java.util.ArrayList;
import java.util.List;
import org.eshkol.analysis.ir.Core;

/**
 * Dispatches a special form in expression context to its lowering, and lowers the few forms too
 * small for a class of their own: {@code quote}, {@code set!} and {@code begin}.
 */
final class SpecialForms {
    private SpecialForms() {}

    static Core lower(Expander ex, SpecialForm form, Stx.SList l, SyntaxEnv env) {
        return switch (form) {
            case QUOTE -> quote(l);
            case QUASIQUOTE -> ex.quasiquote.lower(l, env);
            case UNQUOTE, UNQUOTE_SPLICING -> throw new ExpandError(l.span(), form.keyword() + ": not allowed outside quasiquote");
            case IF -> ex.conditional.ifForm(l, env);
            case SET -> set(ex, l, env);
            case LAMBDA -> ex.binding.lambdaForm(l, env);
            case BEGIN -> begin(ex, l, env);
            case LET -> ex.binding.let(l, env);
            case LET_STAR -> ex.binding.letStar(l, env);
            case LETREC, LETREC_STAR -> ex.binding.letrec(l, env, form);
            case COND -> ex.conditional.cond(l, env);
            case CASE -> ex.conditional.caseForm(l, env);
            case AND -> ex.conditional.and(l, env);
            case OR -> ex.conditional.or(l, env);
            case WHEN -> ex.conditional.when(l, env, true);
            case UNLESS -> ex.conditional.when(l, env, false);
            case DO -> ex.binding.doLoop(l, env);
            case CASE_LAMBDA -> ex.binding.caseLambda(l, env);
            case LET_VALUES -> ex.binding.letValues(l, env, false);
            case LET_STAR_VALUES -> ex.binding.letValues(l, env, true);
            case PARAMETERIZE -> ex.dynamic.parameterize(l, env);
            case GUARD -> ex.dynamic.guard(l, env);
            case DELAY, DELAY_FORCE -> ex.dynamic.delay(l, env, form);
            case ASSERT -> ex.conditional.assertForm(l, env);
            case LET_SYNTAX -> ex.macros.letSyntax(l, env, false);
            case LETREC_SYNTAX -> ex.macros.letSyntax(l, env, true);
            case SYNTAX_ERROR -> ex.macros.syntaxError(l);
            case OWNED -> ex.ownership.owned(l, env);
            case MOVE, CONSUME -> ex.ownership.moveOrConsume(l, env, form);
            case BORROW -> ex.ownership.borrow(l, env);
            case WITH_RESOURCE -> ex.ownership.withResource(l, env);
            case WITH_REGION -> ex.regions.withRegion(l, env);
            case DEFINE, DEFINE_VALUES, DEFINE_RECORD_TYPE, DEFINE_SYNTAX ->
                    throw new ExpandError(l.span(), form.keyword() + ": not allowed in an expression context");
            case IMPORT -> throw new ExpandError(l.span(), "import: only allowed at top level");
            case SYNTAX_RULES -> throw new ExpandError(l.span(),
                    "syntax-rules: only allowed as the transformer of define-syntax, let-syntax or letrec-syntax");
            case ELSE, ARROW -> throw ExpandError.bad(form, l);
        };
    }

    private static Core quote(Stx.SList l) {
        if (Syntax.listOf(l, 2) == null) throw ExpandError.bad(SpecialForm.QUOTE, l);
        return new Core.Const(l.span(), Syntax.toDatum(l.get(1)));
    }

    private static Core set(Expander ex, Stx.SList l, SyntaxEnv env) {
        if (Syntax.listOf(l, 3) == null || !(l.get(1) instanceof Ident name)) throw ExpandError.bad(SpecialForm.SET, l);
        Core value = ex.expr(l.get(2), env);
        return switch (env.resolve(name)) {
            case Binding.Local v -> new Core.LocalSet(l.span(), v.var(), value);
            case Binding.Global g -> new Core.GlobalSet(l.span(), g.name(), value);
            case Binding.Special s -> throw new ExpandError(name.span(), "set!: cannot assign to syntax keyword " + name.name());
            case Binding.Macro m -> throw new ExpandError(name.span(), "set!: cannot assign to syntax keyword " + name.name());
        };
    }

    private static Core begin(Expander ex, Stx.SList l, SyntaxEnv env) {
        if (Syntax.properList(l, 2) == null) throw ExpandError.bad(SpecialForm.BEGIN, l);
        List<Core> body = new ArrayList<>();
        for (Stx e : Syntax.rest(l, 1)) body.add(ex.expr(e, env));
        return Expander.seq(l.span(), body);
    }
}
