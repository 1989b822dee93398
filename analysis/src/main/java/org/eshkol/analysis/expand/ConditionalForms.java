package org.eshkol.analysis.expand;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.LocalVar;
import org.eshkol.analysis.read.Datum;
import org.eshkol.analysis.source.Span;

/**
 * Lowers the conditionals to {@code If}: {@code if}, {@code cond} (with {@code =>} and
 * {@code else}), {@code case} (with {@code eqv?}/{@code memv}), {@code and}, {@code or},
 * {@code when}, {@code unless} and {@code assert}.
 */
final class ConditionalForms {
    private final Expander ex;

    ConditionalForms(Expander ex) { this.ex = ex; }

    Core ifForm(Stx.SList l, SyntaxEnv env) {
        if (!l.isProper() || l.size() < 3 || l.size() > 4) throw ExpandError.bad(SpecialForm.IF, l);
        Core otherwise = l.size() == 4 ? ex.expr(l.get(3), env) : new Core.Unspecified(l.span());
        return new Core.If(l.span(), ex.expr(l.get(1), env), ex.expr(l.get(2), env), otherwise);
    }

    Core cond(Stx.SList l, SyntaxEnv env) {
        if (!l.isProper()) throw ExpandError.bad(SpecialForm.COND, l);
        return clauses(SpecialForm.COND, Syntax.rest(l, 1), 0, env, () -> new Core.Unspecified(l.span()));
    }

    /** True when {@code x} is an identifier meaning the auxiliary keyword {@code form} here. */
    static boolean isKeyword(Stx x, SyntaxEnv env, SpecialForm form) {
        return x instanceof Ident id && env.resolve(id) instanceof Binding.Special s && s.form() == form;
    }

    /**
     * Cond clauses from index {@code i}; {@code otherwise} is the value when no clause applies (the
     * unspecified value for {@code cond}, a re-raise for {@code guard}).
     */
    Core clauses(SpecialForm kw, List<Stx> clauses, int i, SyntaxEnv env, Supplier<Core> otherwise) {
        if (i == clauses.size()) return otherwise.get();
        Stx c = clauses.get(i);
        Stx.SList cl = Syntax.properList(c, 1);
        if (cl == null) throw ExpandError.bad(kw, c);
        Span sp = cl.span();
        if (isKeyword(cl.get(0), env, SpecialForm.ELSE)) {
            if (i != clauses.size() - 1 || cl.size() < 2) throw ExpandError.bad(kw, c);
            return sequence(Syntax.rest(cl, 1), env, sp);
        }
        Core test = ex.expr(cl.get(0), env);
        if (cl.size() >= 2 && isKeyword(cl.get(1), env, SpecialForm.ARROW)) {
            if (cl.size() != 3) throw ExpandError.bad(kw, c);
            LocalVar t = Expander.temp("t", sp);
            Core receiver = ex.expr(cl.get(2), env);
            Core rest = clauses(kw, clauses, i + 1, env, otherwise);
            Core call = new Core.Call(sp, receiver, List.of(new Core.LocalRef(sp, t)));
            return new Core.Let(sp, List.of(t), List.of(test), new Core.If(sp, new Core.LocalRef(sp, t), call, rest));
        }
        Core rest = clauses(kw, clauses, i + 1, env, otherwise);
        if (cl.size() == 1) {
            LocalVar t = Expander.temp("t", sp);
            return new Core.Let(sp, List.of(t), List.of(test),
                    new Core.If(sp, new Core.LocalRef(sp, t), new Core.LocalRef(sp, t), rest));
        }
        return new Core.If(sp, test, sequence(Syntax.rest(cl, 1), env, sp), rest);
    }

    private Core sequence(List<Stx> exprs, SyntaxEnv env, Span span) {
        List<Core> out = new ArrayList<>();
        for (Stx e : exprs) out.add(ex.expr(e, env));
        return Expander.seq(span, out);
    }

    Core caseForm(Stx.SList l, SyntaxEnv env) {
        SpecialForm kw = SpecialForm.CASE;
        if (Syntax.properList(l, 2) == null) throw ExpandError.bad(kw, l);
        Span sp = l.span();
        LocalVar key = Expander.temp("key", sp);
        Core body = caseClauses(Syntax.rest(l, 2), 0, key, env, sp);
        return new Core.Let(sp, List.of(key), List.of(ex.expr(l.get(1), env)), body);
    }

    private Core caseClauses(List<Stx> clauses, int i, LocalVar key, SyntaxEnv env, Span whole) {
        SpecialForm kw = SpecialForm.CASE;
        if (i == clauses.size()) return new Core.Unspecified(whole);
        Stx c = clauses.get(i);
        Stx.SList cl = Syntax.properList(c, 2);
        if (cl == null) throw ExpandError.bad(kw, c);
        Span sp = cl.span();
        Core result;
        if (isKeyword(cl.get(1), env, SpecialForm.ARROW)) {
            if (cl.size() != 3) throw ExpandError.bad(kw, c);
            result = new Core.Call(sp, ex.expr(cl.get(2), env), List.of(new Core.LocalRef(sp, key)));
        } else {
            result = sequence(Syntax.rest(cl, 1), env, sp);
        }
        if (isKeyword(cl.get(0), env, SpecialForm.ELSE)) {
            if (i != clauses.size() - 1) throw ExpandError.bad(kw, c);
            return result;
        }
        Stx.SList data = Syntax.properList(cl.get(0), 0);
        if (data == null) throw ExpandError.bad(kw, c);
        Core rest = caseClauses(clauses, i + 1, key, env, whole);
        if (data.isEmpty()) return rest;
        Core keyRef = new Core.LocalRef(sp, key);
        Core test = data.size() == 1
                ? Expander.prim(sp, "eqv?", keyRef, new Core.Const(data.get(0).span(), Syntax.toDatum(data.get(0))))
                : Expander.prim(sp, "memv", keyRef, new Core.Const(data.span(), Syntax.toDatum(data)));
        return new Core.If(sp, test, result, rest);
    }

    Core and(Stx.SList l, SyntaxEnv env) {
        if (!l.isProper()) throw ExpandError.bad(SpecialForm.AND, l);
        return andFrom(Syntax.rest(l, 1), 0, env, l.span());
    }

    private Core andFrom(List<Stx> es, int i, SyntaxEnv env, Span sp) {
        if (es.isEmpty()) return new Core.Const(sp, new Datum.Bool(sp, true));
        Core first = ex.expr(es.get(i), env);
        if (i == es.size() - 1) return first;
        return new Core.If(sp, first, andFrom(es, i + 1, env, sp), new Core.Const(sp, new Datum.Bool(sp, false)));
    }

    Core or(Stx.SList l, SyntaxEnv env) {
        if (!l.isProper()) throw ExpandError.bad(SpecialForm.OR, l);
        return orFrom(Syntax.rest(l, 1), 0, env, l.span());
    }

    private Core orFrom(List<Stx> es, int i, SyntaxEnv env, Span sp) {
        if (es.isEmpty()) return new Core.Const(sp, new Datum.Bool(sp, false));
        Core first = ex.expr(es.get(i), env);
        if (i == es.size() - 1) return first;
        LocalVar t = Expander.temp("t", sp);
        Core ref = new Core.LocalRef(sp, t);
        return new Core.Let(sp, List.of(t), List.of(first), new Core.If(sp, ref, ref, orFrom(es, i + 1, env, sp)));
    }

    /** {@code when} ({@code positive} true) and {@code unless}. */
    Core when(Stx.SList l, SyntaxEnv env, boolean positive) {
        SpecialForm kw = positive ? SpecialForm.WHEN : SpecialForm.UNLESS;
        if (Syntax.properList(l, 3) == null) throw ExpandError.bad(kw, l);
        Span sp = l.span();
        Core test = ex.expr(l.get(1), env);
        Core body = sequence(Syntax.rest(l, 2), env, sp);
        Core none = new Core.Unspecified(sp);
        return positive ? new Core.If(sp, test, body, none) : new Core.If(sp, test, none, body);
    }

    /** {@code (assert e)}: unspecified when e is true, else {@code %assertion-failed} of e's text. */
    Core assertForm(Stx.SList l, SyntaxEnv env) {
        if (Syntax.listOf(l, 2) == null) throw ExpandError.bad(SpecialForm.ASSERT, l);
        Span sp = l.span();
        Core failed = Expander.prim(sp, "%assertion-failed", new Core.Const(l.get(1).span(), Syntax.toDatum(l.get(1))));
        return new Core.If(sp, ex.expr(l.get(1), env), new Core.Unspecified(sp), failed);
    }
}
