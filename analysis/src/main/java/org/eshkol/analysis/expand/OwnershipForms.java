package org.eshkol.analysis.expand;

import java.util.List;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.LocalVar;
import org.eshkol.analysis.source.Span;

/**
 * Lowers the Tier 3 ownership forms: {@code owned}, {@code move}, {@code consume} and {@code borrow}
 * become their core nodes; {@code with-resource} becomes a binding whose body borrows the resource
 * inside {@code %with-resource}, which closes it on every exit:
 * <pre>
 *   (with-resource (f e) body ...)  =>  (let ((f e)) (%with-resource f (lambda () (borrow f body ...))))
 * </pre>
 */
final class OwnershipForms {
    private final Expander ex;

    OwnershipForms(Expander ex) { this.ex = ex; }

    Core owned(Stx.SList l, SyntaxEnv env) {
        if (Syntax.listOf(l, 2) == null) throw ExpandError.bad(SpecialForm.OWNED, l);
        return new Core.Owned(l.span(), ex.expr(l.get(1), env));
    }

    Core moveOrConsume(Stx.SList l, SyntaxEnv env, SpecialForm kw) {
        if (Syntax.listOf(l, 2) == null) throw ExpandError.bad(kw, l);
        Core target = variable(kw, l.get(1), env);
        return kw == SpecialForm.MOVE ? new Core.Move(l.span(), target) : new Core.Consume(l.span(), target);
    }

    Core borrow(Stx.SList l, SyntaxEnv env) {
        if (Syntax.properList(l, 3) == null) throw ExpandError.bad(SpecialForm.BORROW, l);
        Core target = variable(SpecialForm.BORROW, l.get(1), env);
        return new Core.Borrow(l.span(), target, ex.body(Syntax.rest(l, 2), env, l.span()));
    }

    Core withResource(Stx.SList l, SyntaxEnv env) {
        SpecialForm kw = SpecialForm.WITH_RESOURCE;
        Stx.SList spec = Syntax.properList(l, 3) == null ? null : Syntax.listOf(l.get(1), 2);
        if (spec == null || !(spec.get(0) instanceof Ident name)) throw ExpandError.bad(kw, l);
        Span sp = l.span();
        Core init = ex.expr(spec.get(1), env);
        SyntaxEnv frame = env.child();
        LocalVar var = Formals.bindOne(name, frame);
        Core.LocalRef ref = new Core.LocalRef(name.span(), var);
        Core body = new Core.Borrow(sp, ref, ex.body(Syntax.rest(l, 2), frame, sp));
        Core guarded = Expander.prim(sp, "%with-resource", ref, Expander.thunk(sp, body));
        return new Core.Let(sp, List.of(var), List.of(init), guarded);
    }

    /** The operand of move, consume and borrow: a variable, local or global. */
    private static Core variable(SpecialForm kw, Stx x, SyntaxEnv env) {
        if (!(x instanceof Ident id)) throw new ExpandError(x.span(), kw.keyword() + ": expected a variable, got " + Syntax.write(x));
        return switch (env.resolve(id)) {
            case Binding.Local v -> new Core.LocalRef(id.span(), v.var());
            case Binding.Global g -> new Core.GlobalRef(id.span(), g.name());
            case Binding.Special s -> throw new ExpandError(id.span(), kw.keyword() + ": expected a variable, got syntax keyword " + id.name());
            case Binding.Macro m -> throw new ExpandError(id.span(), kw.keyword() + ": expected a variable, got syntax keyword " + id.name());
        };
    }
}
