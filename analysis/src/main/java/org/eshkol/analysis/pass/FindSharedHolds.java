package org.eshkol.analysis.pass;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.CoreNodes;
import org.eshkol.analysis.ir.LocalVar;

/**
 * Core -> {@link SharedHolds}: which local bindings hold a count of a shared value for their scope
 * (the spec's "leaving a scope releases what the scope held"). A count is handed out by
 * {@code (shared e)}, {@code (shared e destructor)}, {@code (strong-ref w)}, and by a call of a script
 * procedure that returns such a value without releasing it (found to a fixed point). The binding that
 * receives it holds it, unless the binding's value is the scope's own result (the count moves on
 * with it) or the binding is assigned with {@code set!} (the value released at exit could differ).
 * A count that no binding, global {@code define} or procedure return takes is a <em>temporary</em>: the
 * compiled code hands it to the innermost frame ({@link SharedHolds#isTemporary}).
 *
 * <p>Everything else is conservative in one direction only: where the analysis cannot tell who
 * holds a count (a count returned by a procedure called through a value, a local assigned with
 * {@code set!}, an argument of {@code make-parameter}), the count is kept, never released twice: a
 * shared value may live longer than its scope (and the leak report lists it), but is never destroyed
 * while a holder still uses it.
 */
public final class FindSharedHolds {
    private static final Set<String> HANDS_OUT = Set.of("shared", "strong-ref");

    /**
     * Builtins that keep their argument in a place that does not count (a parameter object's value,
     * a promise's value): a count handed out inside such an argument is kept, not released by a frame
     * while that place still holds the value.
     */
    private static final Set<String> KEEPS_UNCOUNTED = Set.of("make-parameter", "make-promise");

    private final SharedHolds facts = new SharedHolds();
    private final Set<String> userGlobals = new HashSet<>();
    private final Map<String, Core.Lambda> globalProcs = new HashMap<>();
    private final Map<LocalVar, Core.Lambda> localProcs = new IdentityHashMap<>();
    private final Set<Core.Lambda> returnsCounted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final VariableFacts vars;
    private boolean changed;

    private FindSharedHolds(VariableFacts vars) { this.vars = vars; }

    public static SharedHolds find(List<Core> forms, VariableFacts vars) {
        FindSharedHolds f = new FindSharedHolds(vars);
        ScriptGlobals g = ScriptGlobals.of(forms);
        f.userGlobals.addAll(g.user());
        f.globalProcs.putAll(g.procedures());
        for (Core form : forms) f.collectLocalProcedures(form);
        do {
            f.changed = false;
            for (Core form : forms) f.walk(form);
        } while (f.changed);
        for (Core form : forms) f.findTemporaries(form, false); // a top-level form's value is dropped (or borrowed by Java)
        do {
            f.changed = false;
            for (Core form : forms) f.findTransfers(form);
        } while (f.changed);
        if (!f.transfers.isEmpty() || !f.facts.temporaries.isEmpty() || f.handsOutAsValue) {
            for (Core form : forms) f.placeFrames(form, false, false);
        }
        return f.facts;
    }

    // ---- temporaries: counts that no binding, define or return takes ----

    /** True inside an argument of a {@link #KEEPS_UNCOUNTED} builtin (outside nested lambdas): counts there are kept. */
    private boolean keeping;

    /** True once {@code shared} or {@code strong-ref} is used as a value: its calls hand their counts to the frame at run time. */
    private boolean handsOutAsValue;

    /**
     * Finds the calls that hand out a count nobody takes ({@link SharedHolds#isTemporary}).
     * {@code takes}: the context takes the count {@code node}'s value carries, if it carries one: a
     * holding binding's initial value, a global {@code define}'s value, a procedure's body, and what
     * passes those on (a sequence's last expression, the arms of an {@code if} that carries a count as
     * a whole, a binding form's body or the initial value of a binding that it always returns).
     * Everything else (an argument, a stored value, a dropped statement, an {@code if} test) takes
     * nothing. Where in doubt this says "taken": the count is then kept, never released twice.
     */
    private void findTemporaries(Core node, boolean takes) {
        if (node instanceof Core.Lambda l) {
            boolean outer = keeping;
            keeping = false; // the body runs later, in its own frames
            findTemporaries(l.body(), true);
            keeping = outer;
            return;
        }
        if (node instanceof Core.GlobalRef g) {
            if (handsOut(g)) handsOutAsValue = true;
            return;
        }
        if (node instanceof Core.Call c) {
            if (!takes && !keeping && handsOutCount(c)) facts.temporaries.add(c);
            if (!handsOut(c.fn())) findTemporaries(c.fn(), false);
            boolean outer = keeping;
            if (builtin(c.fn()) && c.fn() instanceof Core.GlobalRef g && KEEPS_UNCOUNTED.contains(g.name())) keeping = true;
            for (Core a : c.args()) findTemporaries(a, false);
            keeping = outer;
            return;
        }
        if (node instanceof Core.Seq s) {
            List<Core> body = s.body();
            for (int k = 0; k < body.size(); k++) findTemporaries(body.get(k), takes && k == body.size() - 1);
            return;
        }
        if (node instanceof Core.If i) {
            boolean arms = takes && counted(i);
            findTemporaries(i.test(), false);
            findTemporaries(i.then(), arms);
            findTemporaries(i.otherwise(), arms);
            return;
        }
        if (node instanceof Core.Let l) {
            bindingTemporaries(l.vars(), l.inits(), l.body(), takes && counted(l));
            return;
        }
        if (node instanceof Core.Letrec l) {
            bindingTemporaries(l.vars(), l.inits(), l.body(), takes && counted(l));
            return;
        }
        if (node instanceof Core.GlobalDefine d) {
            findTemporaries(d.value(), true); // the global holds what it is defined with
            return;
        }
        for (Core child : CoreNodes.children(node)) findTemporaries(child, false);
    }

    /** A binding form whose context takes the count of its value when {@code takes}. */
    private void bindingTemporaries(List<LocalVar> vs, List<Core> inits, Core body, boolean takes) {
        for (int k = 0; k < vs.size(); k++) {
            LocalVar v = vs.get(k);
            boolean carried = takes && counted(inits.get(k)) && !vars.isMutated(v) && Returns.alwaysReturns(body, v);
            findTemporaries(inits.get(k), facts.holders.contains(v) || carried);
        }
        findTemporaries(body, takes);
    }

    /** A call whose value comes with a count: of {@code shared}, {@code strong-ref}, or a procedure returning a counted value. */
    private boolean handsOutCount(Core.Call c) {
        return handsOut(c.fn()) || (known(c.fn()) instanceof Core.Lambda l && returnsCounted.contains(l));
    }

    // ---- frames: where counts handed on through results are released ----

    /** Lambdas that may hand counts on through their result (to the caller's frame). */
    private final Set<Core.Lambda> transfers = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * A lambda may hand a count on through its result when its body (not counting nested lambdas)
     * holds a count, which leaves with the result if the result reaches the value, or calls a
     * procedure that may hand one on.
     */
    private void findTransfers(Core node) {
        if (node instanceof Core.Lambda l && !transfers.contains(l) && mayTransfer(l.body())) {
            transfers.add(l);
            changed = true;
        }
        for (Core child : CoreNodes.children(node)) findTransfers(child);
    }

    /** True when evaluating {@code e} (not its nested lambdas) may hand a count to the innermost frame. */
    private boolean mayTransfer(Core e) {
        if (e instanceof Core.Lambda || e instanceof Core.CaseLambda) return false;
        // shared or strong-ref as a value: calls through it hand their counts to the frame
        if (e instanceof Core.GlobalRef g) return handsOut(g);
        if (e instanceof Core.Call c) {
            if (facts.temporaries.contains(c)) return true;
            if (known(c.fn()) instanceof Core.Lambda l && transfers.contains(l)) return true;
            // a procedure that may hand counts on, passed to another (a guard body, a for-each
            // action): the callee may run it here
            for (Core a : c.args()) if (a instanceof Core.Lambda l && transfers.contains(l)) return true;
            if (handsOut(c.fn())) return anyMayTransfer(c.args()); // a direct call, not a value use
        }
        if (e instanceof Core.Let l && anyHolder(l.vars())) return true;
        if (e instanceof Core.Letrec l && anyHolder(l.vars())) return true;
        for (Core child : CoreNodes.children(e)) if (mayTransfer(child)) return true;
        return false;
    }

    private boolean anyHolder(List<LocalVar> vs) {
        for (LocalVar v : vs) if (facts.holders.contains(v)) return true;
        return false;
    }

    /**
     * Marks the nodes the compiled code runs as frames: a binding form whose initial values may hand
     * counts on (the scope releases them, as it releases its own), a statement whose value is
     * dropped, a call of a builtin with an argument that may hand counts on (its result is all
     * that can still reach them), and a call of a script procedure with such an argument where the
     * call is an operand (an argument, an {@code if} test: never a tail call), so that a loop's
     * temporaries are released each iteration. Other calls of script procedures are not framed, so
     * tail calls stay tail calls; what they hand on goes to the next frame out. A {@code set!} of a
     * local variable whose value may hand counts on claims them for the variable, as a global
     * {@code define} does ({@link SharedHolds#claimsAtSet}).
     */
    private void placeFrames(Core node, boolean effect, boolean operand) {
        if (node instanceof Core.Lambda || node instanceof Core.CaseLambda) {
            for (Core child : CoreNodes.children(node)) placeFrames(child, false, false);
            return;
        }
        boolean framed = false;
        if (node instanceof Core.Let l) framed = anyMayTransfer(l.inits());
        else if (node instanceof Core.Letrec l) framed = anyMayTransfer(l.inits());
        else if (node instanceof Core.Call c) framed = (operand || builtin(c.fn())) && anyMayTransfer(c.args());
        if (!framed && effect) framed = mayTransfer(node);
        if (framed) facts.frames.add(node);
        if (node instanceof Core.LocalSet set && (mayTransfer(set.value()) || callsScript(set.value()))) facts.claims.add(set);
        if (node instanceof Core.Seq s) {
            List<Core> body = s.body();
            for (int k = 0; k < body.size(); k++) placeFrames(body.get(k), k < body.size() - 1, false);
            return;
        }
        if (node instanceof Core.If i) {
            placeFrames(i.test(), false, true);
            placeFrames(i.then(), false, false);
            placeFrames(i.otherwise(), false, false);
            return;
        }
        boolean operands = node instanceof Core.Call;
        for (Core child : CoreNodes.children(node)) placeFrames(child, false, operands);
    }

    /** True when evaluating {@code e} (not its nested lambdas) calls something other than a builtin. */
    private boolean callsScript(Core e) {
        if (e instanceof Core.Lambda || e instanceof Core.CaseLambda) return false;
        if (e instanceof Core.Call c && !builtin(c.fn())) return true;
        for (Core child : CoreNodes.children(e)) if (callsScript(child)) return true;
        return false;
    }

    private boolean anyMayTransfer(List<Core> es) {
        for (Core e : es) if (mayTransfer(e)) return true;
        return false;
    }

    private boolean builtin(Core fn) {
        return fn instanceof Core.PrimRef || (fn instanceof Core.GlobalRef g && !userGlobals.contains(g.name()));
    }

    /** Letrec-bound lambdas never assigned: known local procedures. */
    private void collectLocalProcedures(Core node) {
        if (node instanceof Core.Letrec l) {
            for (int k = 0; k < l.vars().size(); k++) {
                if (l.inits().get(k) instanceof Core.Lambda lam && !vars.isMutated(l.vars().get(k))) localProcs.put(l.vars().get(k), lam);
            }
        }
        for (Core child : CoreNodes.children(node)) collectLocalProcedures(child);
    }

    private void walk(Core node) {
        // instanceof rather than a pattern switch: each switch's bootstrap costs the first compilation a millisecond
        if (node instanceof Core.Let l) bindings(l.vars(), l.inits(), l.body());
        else if (node instanceof Core.Letrec l) bindings(l.vars(), l.inits(), l.body());
        else if (node instanceof Core.Lambda l && counted(l.body()) && returnsCounted.add(l)) changed = true;
        for (Core child : CoreNodes.children(node)) walk(child);
    }

    private void bindings(List<LocalVar> vs, List<Core> inits, Core body) {
        for (int k = 0; k < vs.size(); k++) {
            LocalVar v = vs.get(k);
            if (counted(inits.get(k)) && !vars.isMutated(v) && !Returns.mayReturn(body, v) && facts.holders.add(v)) changed = true;
        }
    }

    /** True when the value of {@code e} comes with a count the receiver must give back. */
    private boolean counted(Core e) {
        if (e instanceof Core.Call c) return handsOut(c.fn()) || (known(c.fn()) instanceof Core.Lambda l && returnsCounted.contains(l));
        if (e instanceof Core.Seq s) return counted(s.body().get(s.body().size() - 1));
        if (e instanceof Core.If i) return counted(i.then()) && counted(i.otherwise());
        if (e instanceof Core.Let l) return counted(l.body()) || returnsCountedBinding(l.vars(), l.inits(), l.body());
        if (e instanceof Core.Letrec l) return counted(l.body()) || returnsCountedBinding(l.vars(), l.inits(), l.body());
        return false;
    }

    private boolean returnsCountedBinding(List<LocalVar> vs, List<Core> inits, Core body) {
        for (int k = 0; k < vs.size(); k++) {
            if (counted(inits.get(k)) && !vars.isMutated(vs.get(k)) && Returns.alwaysReturns(body, vs.get(k))) return true;
        }
        return false;
    }

    private boolean handsOut(Core fn) { return fn instanceof Core.GlobalRef g && HANDS_OUT.contains(g.name()) && !userGlobals.contains(g.name()); }

    private Core.Lambda known(Core fn) {
        if (fn instanceof Core.GlobalRef g) return globalProcs.get(g.name());
        if (fn instanceof Core.LocalRef r) return localProcs.get(r.var());
        if (fn instanceof Core.Lambda l) return l;
        return null;
    }


}
