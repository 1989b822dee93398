package org.eshkol.analysis.pass;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.CoreNodes;
import org.eshkol.analysis.ir.LocalVar;

/**
 * Core -> the set of {@code letrec}s that are loops (named {@code let}, {@code do}). Invariant
 * established: for each such letrec, its one variable is bound to a lambda with fixed parameters, is
 * never assigned, and is used only as the operator of calls with the right number of arguments: the
 * letrec's body is one such call (the entry), and every other call is in tail position of the
 * lambda's body (counting the bodies of loops nested in tail position). The code generator compiles
 * such a letrec as a loop in the enclosing method: no closure, calls are jumps.
 */
public final class FindLoops {
    private final VariableFacts vars;
    private final Map<Core.Letrec, Boolean> memo = new IdentityHashMap<>();

    private FindLoops(VariableFacts vars) { this.vars = vars; }

    public static Set<Core.Letrec> find(List<Core> forms, VariableFacts vars) {
        FindLoops f = new FindLoops(vars);
        for (Core form : forms) f.visit(form);
        Set<Core.Letrec> loops = Collections.newSetFromMap(new IdentityHashMap<>());
        f.memo.forEach((l, yes) -> { if (yes) loops.add(l); });
        return loops;
    }

    /** Visits every letrec so that each gets a verdict. */
    private void visit(Core node) {
        if (node instanceof Core.Letrec l) isLoop(l);
        for (Core child : CoreNodes.children(node)) visit(child);
    }

    boolean isLoop(Core.Letrec l) {
        Boolean known = memo.get(l);
        if (known != null) return known;
        memo.put(l, false); // provisional, for safety against cycles
        boolean yes = check(l);
        memo.put(l, yes);
        return yes;
    }

    private boolean check(Core.Letrec l) {
        if (l.vars().size() != 1 || !(l.inits().get(0) instanceof Core.Lambda lam) || lam.hasRest()) return false;
        LocalVar v = l.vars().get(0);
        if (vars.isMutated(v)) return false;
        if (!(l.body() instanceof Core.Call entry) || !(entry.fn() instanceof Core.LocalRef r) || r.var() != v) return false;
        int argc = lam.requiredCount();
        if (entry.args().size() != argc) return false;
        for (Core a : entry.args()) if (mentions(a, v)) return false;
        return onlyTailCalls(lam.body(), v, argc, true);
    }

    /** True when every use of {@code v} in {@code node} is a call with {@code argc} arguments in tail position. */
    private boolean onlyTailCalls(Core node, LocalVar v, int argc, boolean tail) {
        return switch (node) {
            case Core.Const c -> true;
            case Core.Unspecified u -> true;
            case Core.GlobalRef g -> true;
            case Core.PrimRef p -> true;
            case Core.LocalRef r -> r.var() != v;
            case Core.LocalSet s -> s.var() != v && onlyTailCalls(s.value(), v, argc, false);
            case Core.GlobalSet s -> onlyTailCalls(s.value(), v, argc, false);
            case Core.GlobalDefine d -> onlyTailCalls(d.value(), v, argc, false);
            case Core.If i -> onlyTailCalls(i.test(), v, argc, false)
                    && onlyTailCalls(i.then(), v, argc, tail) && onlyTailCalls(i.otherwise(), v, argc, tail);
            case Core.Lambda l -> !mentions(l, v);
            case Core.CaseLambda cl -> !mentions(cl, v);
            case Core.Call c -> {
                boolean allArgs = c.args().stream().allMatch(a -> onlyTailCalls(a, v, argc, false));
                if (c.fn() instanceof Core.LocalRef r && r.var() == v) yield tail && c.args().size() == argc && allArgs;
                yield onlyTailCalls(c.fn(), v, argc, false) && allArgs;
            }
            case Core.Seq s -> {
                List<Core> body = s.body();
                for (int k = 0; k < body.size() - 1; k++) if (!onlyTailCalls(body.get(k), v, argc, false)) yield false;
                yield onlyTailCalls(body.get(body.size() - 1), v, argc, tail);
            }
            case Core.Let l -> l.inits().stream().allMatch(e -> onlyTailCalls(e, v, argc, false))
                    && onlyTailCalls(l.body(), v, argc, tail);
            case Core.Letrec l -> {
                if (isLoop(l)) {
                    Core.Lambda inner = (Core.Lambda) l.inits().get(0);
                    Core.Call entry = (Core.Call) l.body();
                    yield entry.args().stream().allMatch(e -> onlyTailCalls(e, v, argc, false))
                            && onlyTailCalls(inner.body(), v, argc, tail);
                }
                yield l.inits().stream().allMatch(e -> onlyTailCalls(e, v, argc, false))
                        && onlyTailCalls(l.body(), v, argc, tail);
            }
            case Core.Owned o -> onlyTailCalls(o.value(), v, argc, tail);
            case Core.Move m -> onlyTailCalls(m.target(), v, argc, false);
            case Core.Consume c -> onlyTailCalls(c.target(), v, argc, false);
            case Core.Borrow b -> onlyTailCalls(b.target(), v, argc, false) && onlyTailCalls(b.body(), v, argc, tail);
        };
    }

    /** True when {@code v} occurs anywhere in {@code node}. */
    private static boolean mentions(Core node, LocalVar v) {
        if (node instanceof Core.LocalRef r && r.var() == v) return true;
        if (node instanceof Core.LocalSet s && s.var() == v) return true;
        for (Core child : CoreNodes.children(node)) if (mentions(child, v)) return true;
        return false;
    }
}
