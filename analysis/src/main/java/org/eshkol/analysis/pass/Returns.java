package org.eshkol.analysis.pass;

import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.LocalVar;

/**
 * Whether a body hands a variable's value to its receiver: what ownership and count transfers need.
 * (instanceof chains rather than pattern switches: each switch's bootstrap costs the first
 * compilation in a JVM about a millisecond.)
 */
final class Returns {
    private Returns() {}

    /** True when {@code body} may return the value of {@code v} (on some path). */
    static boolean mayReturn(Core body, LocalVar v) {
        if (body instanceof Core.LocalRef r) return r.var() == v;
        if (body instanceof Core.Seq s) return mayReturn(s.body().get(s.body().size() - 1), v);
        if (body instanceof Core.Let l) return mayReturn(l.body(), v);
        if (body instanceof Core.Letrec l) return mayReturn(l.body(), v);
        if (body instanceof Core.If i) return mayReturn(i.then(), v) || mayReturn(i.otherwise(), v);
        return false;
    }

    /** True when {@code body} returns the value of {@code v} on every path. */
    static boolean alwaysReturns(Core body, LocalVar v) {
        if (body instanceof Core.LocalRef r) return r.var() == v;
        if (body instanceof Core.Seq s) return alwaysReturns(s.body().get(s.body().size() - 1), v);
        if (body instanceof Core.Let l) return alwaysReturns(l.body(), v);
        if (body instanceof Core.Letrec l) return alwaysReturns(l.body(), v);
        if (body instanceof Core.If i) return alwaysReturns(i.then(), v) && alwaysReturns(i.otherwise(), v);
        return false;
    }
}
