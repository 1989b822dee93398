package org.eshkol.analysis.expand;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.LocalVar;
import org.eshkol.analysis.source.Span;

/**
 * Scans a definition context (the top level or a body): splices {@code begin}, expands macro uses
 * until the form is known to be a definition or an expression, binds defined names immediately (so
 * later forms and macros see them) and defers expanding values until the whole context was scanned.
 */
final class Definitions {
    /** A scanned form: a definition of {@code target} or an expression. */
    sealed interface Item permits Def, Expr {}

    /** {@code target} is a {@link Binding.Local} in a body, a {@link Binding.Global} at top level. */
    record Def(Span span, Binding target, Supplier<Core> init) implements Item {}

    record Expr(Span span, Supplier<Core> value) implements Item {}

    private final Expander ex;

    Definitions(Expander ex) { this.ex = ex; }

    /** Scans one form of a definition context {@code env}, appending what it defines or computes. */
    void scan(Stx form, SyntaxEnv env, List<Item> out) {
        while (form instanceof Stx.SList l && !l.isEmpty() && l.get(0) instanceof Ident head) {
            Binding b = env.resolve(head);
            if (b instanceof Binding.Macro m) {
                form = ex.macroExpand(m, l, env);
                continue;
            }
            if (!(b instanceof Binding.Special s)) break;
            switch (s.form()) {
                case BEGIN -> {
                    if (!l.isProper()) throw ExpandError.bad(SpecialForm.BEGIN, l);
                    for (Stx sub : Syntax.rest(l, 1)) ex.guard(() -> { scan(sub, env, out); return null; });
                }
                case DEFINE -> define(l, env, out);
                case DEFINE_VALUES -> defineValues(l, env, out);
                case DEFINE_RECORD_TYPE -> new RecordTypeLowering(this, l, env).scan(out);
                case DEFINE_SYNTAX -> ex.macros.defineSyntax(l, env);
                case IMPORT -> Imports.check(l, env);
                default -> { final Stx f = l; out.add(new Expr(l.span(), () -> ex.expr(f, env))); }
            }
            return;
        }
        final Stx f = form;
        out.add(new Expr(f.span(), () -> ex.expr(f, env)));
    }

    /** Binds a defined name in the definition context: a global at top level, else a new local. */
    Binding declare(Ident id, SyntaxEnv env) {
        if (env.isTopLevel()) {
            Binding g = new Binding.Global(id.name());
            env.bindName(id.name(), g);
            return g;
        }
        if (env.bindsHere(id)) throw new ExpandError(id.span(), "define: duplicate definition " + id.name());
        Binding l = new Binding.Local(new LocalVar(id.name(), id.span()));
        env.bind(id, l);
        return l;
    }

    private void define(Stx.SList l, SyntaxEnv env, List<Item> out) {
        SpecialForm kw = SpecialForm.DEFINE;
        if (!l.isProper() || l.size() < 2) throw ExpandError.bad(kw, l);
        Stx target = l.get(1);
        if (target instanceof Ident name) {
            if (l.size() > 3) throw ExpandError.bad(kw, l);
            Binding b = declare(name, env);
            Stx value = l.size() == 3 ? l.get(2) : null;
            out.add(new Def(l.span(), b, () -> value == null ? new Core.Unspecified(l.span())
                    : ex.namedExpr(value, env, name.name())));
            return;
        }
        // (define (name . formals) body ...), curried: (define ((name a) b) body ...)
        List<Stx> formalsOuterFirst = new ArrayList<>();
        while (target instanceof Stx.SList t && !t.isEmpty() && !(t.get(0) instanceof Ident)) {
            formalsOuterFirst.add(0, t.drop(1, t.span()));
            target = t.get(0);
        }
        if (!(target instanceof Stx.SList t) || t.isEmpty() || !(t.get(0) instanceof Ident name) || l.size() < 3)
            throw ExpandError.bad(kw, l);
        formalsOuterFirst.add(0, t.drop(1, t.span()));
        List<Stx> body = Syntax.rest(l, 2);
        Binding b = declare(name, env);
        out.add(new Def(l.span(), b, () -> curried(l.span(), name.name(), formalsOuterFirst, 0, body, env)));
    }

    private Core curried(Span span, String name, List<Stx> formals, int level, List<Stx> body, SyntaxEnv env) {
        Function<SyntaxEnv, Core> inner = level == formals.size() - 1
                ? e -> ex.body(body, e, span)
                : e -> curried(span, null, formals, level + 1, body, e);
        return ex.binding.lambda(span, name, formals.get(level), inner, env, SpecialForm.DEFINE);
    }

    private void defineValues(Stx.SList l, SyntaxEnv env, List<Item> out) {
        SpecialForm kw = SpecialForm.DEFINE_VALUES;
        if (Syntax.listOf(l, 3) == null) throw ExpandError.bad(kw, l);
        Formals f = Formals.parse(l.get(1), kw, "parameter");
        List<Binding> targets = new ArrayList<>();
        for (Ident id : f.required()) targets.add(declare(id, env));
        Binding restTarget = f.rest() == null ? null : declare(f.rest(), env);
        List<Binding> all = new ArrayList<>(targets);
        if (restTarget != null) all.add(restTarget);
        for (Binding t : all) out.add(new Def(l.span(), t, () -> new Core.Unspecified(l.span())));
        out.add(new Expr(l.span(), () -> {
            Span sp = l.span();
            List<LocalVar> temps = new ArrayList<>();
            for (Ident id : f.required()) temps.add(Expander.temp(id.name(), id.span()));
            LocalVar restTemp = f.rest() == null ? null : Expander.temp(f.rest().name(), f.rest().span());
            List<Core> sets = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++)
                sets.add(Expander.assign(targets.get(i), sp, new Core.LocalRef(sp, temps.get(i))));
            if (restTarget != null) sets.add(Expander.assign(restTarget, sp, new Core.LocalRef(sp, restTemp)));
            Core consumerBody = sets.isEmpty() ? new Core.Unspecified(sp) : Expander.seq(sp, sets);
            return BindingForms.callWithValues(sp, ex.expr(l.get(2), env),
                    new Core.Lambda(sp, null, temps, restTemp, consumerBody));
        }));
    }

    /**
     * Lowers a scanned body to {@code letrec*}: expressions between definitions run before the
     * next definition's value (R7RS-style mixed bodies); expressions after the last one are the
     * body. A body that ends in a definition has the unspecified value.
     */
    static Core letrec(Expander ex, List<Item> items, Span span) {
        List<LocalVar> vars = new ArrayList<>();
        List<Core> inits = new ArrayList<>();
        List<Core> pending = new ArrayList<>();
        for (Item item : items) {
            switch (item) {
                case Def d -> {
                    Core init = ex.guarded(d.span(), d.init());
                    if (!pending.isEmpty()) {
                        pending.add(init);
                        init = Expander.seq(d.span(), List.copyOf(pending));
                        pending.clear();
                    }
                    vars.add(((Binding.Local) d.target()).var());
                    inits.add(init);
                }
                case Expr e -> pending.add(ex.guarded(e.span(), e.value()));
            }
        }
        Core body = pending.isEmpty() ? new Core.Unspecified(span) : Expander.seq(span, pending);
        return vars.isEmpty() ? body : new Core.Letrec(span, vars, inits, body);
    }

    Expander expander() { return ex; }
}
