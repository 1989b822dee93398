package org.eshkol.analysis.expand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.LocalVar;
import org.eshkol.analysis.source.Span;

/**
 * Lowers the forms that bind variables: {@code lambda}, {@code case-lambda}, the {@code let}
 * family (named {@code let} included), {@code do}, {@code let-values} and {@code let*-values}.
 */
final class BindingForms {
    private final Expander ex;

    BindingForms(Expander ex) { this.ex = ex; }

    /** A procedure whose body is produced in the scope of its parameters. */
    Core.Lambda lambda(Span span, String name, Stx formals, Function<SyntaxEnv, Core> body, SyntaxEnv env, SpecialForm kw) {
        Formals f = Formals.parse(formals, kw, "parameter");
        SyntaxEnv frame = env.child();
        List<LocalVar> vars = f.bind(frame);
        LocalVar rest = vars.remove(vars.size() - 1);
        return new Core.Lambda(span, name, vars, rest, body.apply(frame));
    }

    Core lambdaForm(Stx.SList l, SyntaxEnv env) {
        if (Syntax.properList(l, 3) == null) throw ExpandError.bad(SpecialForm.LAMBDA, l);
        return lambda(l.span(), null, l.get(1), e -> ex.body(Syntax.rest(l, 2), e, l.span()), env, SpecialForm.LAMBDA);
    }

    Core caseLambda(Stx.SList l, SyntaxEnv env) {
        SpecialForm kw = SpecialForm.CASE_LAMBDA;
        if (!l.isProper()) throw ExpandError.bad(kw, l);
        List<Core.Lambda> clauses = new ArrayList<>();
        for (Stx c : Syntax.rest(l, 1)) {
            Stx.SList cl = Syntax.properList(c, 2);
            if (cl == null) throw ExpandError.bad(kw, c);
            clauses.add(lambda(cl.span(), null, cl.get(0), e -> ex.body(Syntax.rest(cl, 1), e, cl.span()), env, kw));
        }
        return new Core.CaseLambda(l.span(), null, clauses);
    }

    /** A checked {@code ((name value) ...)} list. */
    private record Bindings(List<Ident> names, List<Stx> values) {}

    private static Bindings bindings(Stx x, SpecialForm kw, Stx form, boolean unique) {
        Stx.SList l = Syntax.properList(x, 0);
        if (l == null) throw ExpandError.bad(kw, form);
        List<Ident> names = new ArrayList<>();
        List<Stx> values = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (Stx b : l.items()) {
            Stx.SList pair = Syntax.listOf(b, 2);
            if (pair == null || !(pair.get(0) instanceof Ident id)) throw ExpandError.bad(kw, b);
            if (unique && !seen.add(id.key()))
                throw new ExpandError(id.span(), kw.keyword() + ": duplicate binding " + id.name());
            names.add(id);
            values.add(pair.get(1));
        }
        return new Bindings(names, values);
    }

    Core let(Stx.SList l, SyntaxEnv env) {
        SpecialForm kw = SpecialForm.LET;
        if (Syntax.properList(l, 3) == null) throw ExpandError.bad(kw, l);
        if (l.get(1) instanceof Ident name) return namedLet(l, name, env);
        Bindings bs = bindings(l.get(1), kw, l, true);
        List<Core> inits = new ArrayList<>();
        for (int i = 0; i < bs.names.size(); i++) inits.add(ex.namedExpr(bs.values.get(i), env, bs.names.get(i).name()));
        SyntaxEnv frame = env.child();
        List<LocalVar> vars = new ArrayList<>();
        for (Ident id : bs.names) vars.add(Formals.bindOne(id, frame));
        Core body = ex.body(Syntax.rest(l, 2), frame, l.span());
        return vars.isEmpty() ? body : new Core.Let(l.span(), vars, inits, body);
    }

    private Core namedLet(Stx.SList l, Ident name, SyntaxEnv env) {
        SpecialForm kw = SpecialForm.LET;
        if (l.size() < 4) throw ExpandError.bad(kw, l);
        Bindings bs = bindings(l.get(2), kw, l, true);
        List<Core> inits = new ArrayList<>();
        for (Stx v : bs.values) inits.add(ex.expr(v, env));
        SyntaxEnv loopFrame = env.child();
        LocalVar loop = Formals.bindOne(name, loopFrame);
        SyntaxEnv frame = loopFrame.child();
        List<LocalVar> params = new ArrayList<>();
        for (Ident id : bs.names) params.add(Formals.bindOne(id, frame));
        Core body = ex.body(Syntax.rest(l, 3), frame, l.span());
        Core.Lambda proc = new Core.Lambda(l.span(), name.name(), params, null, body);
        Core call = new Core.Call(l.span(), new Core.LocalRef(l.span(), loop), inits);
        return new Core.Letrec(l.span(), List.of(loop), List.of(proc), call);
    }

    Core letStar(Stx.SList l, SyntaxEnv env) {
        SpecialForm kw = SpecialForm.LET_STAR;
        if (Syntax.properList(l, 3) == null) throw ExpandError.bad(kw, l);
        Bindings bs = bindings(l.get(1), kw, l, false);
        return letStarFrom(l, bs, 0, env);
    }

    private Core letStarFrom(Stx.SList l, Bindings bs, int i, SyntaxEnv env) {
        if (i == bs.names.size()) return ex.body(Syntax.rest(l, 2), env, l.span());
        Ident id = bs.names.get(i);
        Core init = ex.namedExpr(bs.values.get(i), env, id.name());
        SyntaxEnv frame = env.child();
        LocalVar v = Formals.bindOne(id, frame);
        return new Core.Let(l.span(), List.of(v), List.of(init), letStarFrom(l, bs, i + 1, frame));
    }

    /** {@code letrec} and {@code letrec*} (both evaluate the inits left to right). */
    Core letrec(Stx.SList l, SyntaxEnv env, SpecialForm kw) {
        if (Syntax.properList(l, 3) == null) throw ExpandError.bad(kw, l);
        Bindings bs = bindings(l.get(1), kw, l, true);
        SyntaxEnv frame = env.child();
        List<LocalVar> vars = new ArrayList<>();
        for (Ident id : bs.names) vars.add(Formals.bindOne(id, frame));
        List<Core> inits = new ArrayList<>();
        for (int i = 0; i < vars.size(); i++) inits.add(ex.namedExpr(bs.values.get(i), frame, bs.names.get(i).name()));
        Core body = ex.body(Syntax.rest(l, 2), frame, l.span());
        return vars.isEmpty() ? body : new Core.Letrec(l.span(), vars, inits, body);
    }

    /** {@code (do ((var init step) ...) (test expr ...) command ...)} as a named-let style loop. */
    Core doLoop(Stx.SList l, SyntaxEnv env) {
        SpecialForm kw = SpecialForm.DO;
        Stx.SList specs = l.isProper() && l.size() >= 3 ? Syntax.properList(l.get(1), 0) : null;
        Stx.SList exit = specs == null ? null : Syntax.properList(l.get(2), 1);
        if (exit == null) throw ExpandError.bad(kw, l);
        List<Ident> names = new ArrayList<>();
        List<Stx> inits = new ArrayList<>();
        List<Stx> steps = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (Stx s : specs.items()) {
            Stx.SList spec = Syntax.properList(s, 2);
            if (spec == null || spec.size() > 3 || !(spec.get(0) instanceof Ident id)) throw ExpandError.bad(kw, s);
            if (!seen.add(id.key())) throw new ExpandError(id.span(), "do: duplicate binding " + id.name());
            names.add(id);
            inits.add(spec.get(1));
            steps.add(spec.size() == 3 ? spec.get(2) : id);
        }
        Span sp = l.span();
        List<Core> initCores = new ArrayList<>();
        for (Stx i : inits) initCores.add(ex.expr(i, env));
        LocalVar loop = Expander.temp("do-loop", sp);
        SyntaxEnv frame = env.child();
        List<LocalVar> params = new ArrayList<>();
        for (Ident id : names) params.add(Formals.bindOne(id, frame));
        Core test = ex.expr(exit.get(0), frame);
        List<Core> result = new ArrayList<>();
        for (Stx e : Syntax.rest(exit, 1)) result.add(ex.expr(e, frame));
        List<Core> again = new ArrayList<>();
        for (Stx c : Syntax.rest(l, 3)) again.add(ex.expr(c, frame));
        List<Core> stepCores = new ArrayList<>();
        for (Stx s : steps) stepCores.add(ex.expr(s, frame));
        again.add(new Core.Call(sp, new Core.LocalRef(sp, loop), stepCores));
        Core body = new Core.If(sp, test, result.isEmpty() ? new Core.Unspecified(sp) : Expander.seq(sp, result),
                Expander.seq(sp, again));
        Core.Lambda proc = new Core.Lambda(sp, "do-loop", params, null, body);
        return new Core.Letrec(sp, List.of(loop), List.of(proc),
                new Core.Call(sp, new Core.LocalRef(sp, loop), initCores));
    }

    /** {@code let-values} (all formals in one scope) and {@code let*-values} (each in the next). */
    Core letValues(Stx.SList l, SyntaxEnv env, boolean sequential) {
        SpecialForm kw = sequential ? SpecialForm.LET_STAR_VALUES : SpecialForm.LET_VALUES;
        Stx.SList bs = Syntax.properList(l, 3) == null ? null : Syntax.properList(l.get(1), 0);
        if (bs == null) throw ExpandError.bad(kw, l);
        List<Formals> formals = new ArrayList<>();
        List<Stx> exprs = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (Stx b : bs.items()) {
            Stx.SList pair = Syntax.listOf(b, 2);
            if (pair == null) throw ExpandError.bad(kw, b);
            Formals f = Formals.parse(pair.get(0), kw, "binding");
            if (!sequential) {
                List<Ident> all = new ArrayList<>(f.required());
                if (f.rest() != null) all.add(f.rest());
                for (Ident id : all)
                    if (!seen.add(id.key())) throw new ExpandError(id.span(), kw.keyword() + ": duplicate binding " + id.name());
            }
            formals.add(f);
            exprs.add(pair.get(1));
        }
        return valuesFrom(l, formals, exprs, 0, env, sequential ? null : env.child(), env);
    }

    /**
     * Binding {@code i} onwards. For {@code let-values} every producer is expanded in {@code outer}
     * and all formals bind in {@code shared}; for {@code let*-values} ({@code shared == null}) each
     * producer sees the formals before it.
     */
    private Core valuesFrom(Stx.SList l, List<Formals> formals, List<Stx> exprs, int i, SyntaxEnv env,
                            SyntaxEnv shared, SyntaxEnv outer) {
        if (i == formals.size()) return ex.body(Syntax.rest(l, 2), shared != null ? shared : env, l.span());
        Span sp = l.span();
        Core producer = ex.expr(exprs.get(i), shared != null ? outer : env);
        SyntaxEnv frame = shared != null ? shared : env.child();
        List<LocalVar> vars = formals.get(i).bind(frame);
        LocalVar rest = vars.remove(vars.size() - 1);
        Core inner = valuesFrom(l, formals, exprs, i + 1, frame, shared, outer);
        return callWithValues(sp, producer, new Core.Lambda(sp, null, vars, rest, inner));
    }

    /** {@code (call-with-values (lambda () producer) consumer)}. */
    static Core callWithValues(Span span, Core producer, Core.Lambda consumer) {
        return Expander.prim(span, "call-with-values", Expander.thunk(span, producer), consumer);
    }
}
