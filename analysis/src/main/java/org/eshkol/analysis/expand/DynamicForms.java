package org.eshkol.analysis.expand;

import java.util.ArrayList;
import java.util.List;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.LocalVar;
import org.eshkol.analysis.source.Span;

/**
 * Lowers the forms that the runtime implements with thunks: {@code parameterize}
 * ({@code %parameterize}), {@code guard} ({@code %guard}), {@code delay} ({@code %delay}) and
 * {@code delay-force} ({@code %delay-force}).
 */
final class DynamicForms {
    private final Expander ex;

    DynamicForms(Expander ex) { this.ex = ex; }

    /** {@code (%parameterize (list p ...) (list v ...) (lambda () body ...))}. */
    Core parameterize(Stx.SList l, SyntaxEnv env) {
        SpecialForm kw = SpecialForm.PARAMETERIZE;
        Stx.SList bs = Syntax.properList(l, 3) == null ? null : Syntax.properList(l.get(1), 0);
        if (bs == null) throw ExpandError.bad(kw, l);
        Span sp = l.span();
        List<Core> params = new ArrayList<>();
        List<Core> values = new ArrayList<>();
        for (Stx b : bs.items()) {
            Stx.SList pair = Syntax.listOf(b, 2);
            if (pair == null) throw ExpandError.bad(kw, b);
            params.add(ex.expr(pair.get(0), env));
            values.add(ex.expr(pair.get(1), env));
        }
        Core body = ex.body(Syntax.rest(l, 2), env, sp);
        return Expander.prim(sp, "%parameterize", list(sp, params), list(sp, values), Expander.thunk(sp, body));
    }

    private static Core list(Span sp, List<Core> items) {
        return new Core.Call(sp, new Core.PrimRef(sp, "list"), items);
    }

    /**
     * {@code (%guard (lambda () body ...) (lambda (var) <clauses, else (raise-continuable var)>))}:
     * the handler's clauses are cond clauses in the scope of {@code var}.
     */
    Core guard(Stx.SList l, SyntaxEnv env) {
        SpecialForm kw = SpecialForm.GUARD;
        Stx.SList spec = Syntax.properList(l, 3) == null ? null : Syntax.properList(l.get(1), 1);
        if (spec == null || !(spec.get(0) instanceof Ident var)) throw ExpandError.bad(kw, l);
        Span sp = l.span();
        Core body = ex.body(Syntax.rest(l, 2), env, sp);
        SyntaxEnv frame = env.child();
        LocalVar condition = Formals.bindOne(var, frame);
        Core handlerBody = ex.conditional.clauses(kw, Syntax.rest(spec, 1), 0, frame,
                () -> Expander.prim(sp, "raise-continuable", new Core.LocalRef(sp, condition)));
        Core.Lambda handler = new Core.Lambda(sp, null, List.of(condition), null, handlerBody);
        return Expander.prim(sp, "%guard", Expander.thunk(sp, body), handler);
    }

    /** {@code delay} and {@code delay-force}: the runtime primitive applied to a thunk. */
    Core delay(Stx.SList l, SyntaxEnv env, SpecialForm kw) {
        if (Syntax.listOf(l, 2) == null) throw ExpandError.bad(kw, l);
        Span sp = l.span();
        String prim = kw == SpecialForm.DELAY ? "%delay" : "%delay-force";
        return Expander.prim(sp, prim, Expander.thunk(sp, ex.expr(l.get(1), env)));
    }
}
