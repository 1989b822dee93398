package org.eshkol.analysis.pass;

import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.LocalVar;

/** Whether a body hands a variable's value to its receiver: what ownership and count transfers need. */
final class Returns {
    private Returns() {}

    /** True when {@code body} may return the value of {@code v} (on some path). */
    static boolean mayReturn(Core body, LocalVar v) {
        return switch (body) {
            case Core.LocalRef r -> r.var() == v;
            case Core.Seq s -> mayReturn(s.body().get(s.body().size() - 1), v);
            case Core.Let l -> mayReturn(l.body(), v);
            case Core.Letrec l -> mayReturn(l.body(), v);
            case Core.If i -> mayReturn(i.then(), v) || mayReturn(i.otherwise(), v);
            default -> false;
        };
    }

    /** True when {@code body} returns the value of {@code v} on every path. */
    static boolean alwaysReturns(Core body, LocalVar v) {
        return switch (body) {
            case Core.LocalRef r -> r.var() == v;
            case Core.Seq s -> alwaysReturns(s.body().get(s.body().size() - 1), v);
            case Core.Let l -> alwaysReturns(l.body(), v);
            case Core.Letrec l -> alwaysReturns(l.body(), v);
            case Core.If i -> alwaysReturns(i.then(), v) && alwaysReturns(i.otherwise(), v);
            default -> false;
        };
    }
}
