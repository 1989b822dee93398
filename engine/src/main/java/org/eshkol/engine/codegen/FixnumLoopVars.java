package org.eshkol.engine.codegen;

import java.util.List;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.CoreNodes;
import org.eshkol.analysis.ir.LocalVar;
import org.eshkol.analysis.read.Datum;

/**
 * Decides which parameters of a loop compiled inline ({@code FindLoops}), or of a procedure whose self
 * tail calls are jumps, live unboxed, as a {@link Loc.Fix} pair: a {@code long} and an {@code Object}
 * that is null while the value is a fixnum. Such a variable saves a {@code Long} per arithmetic
 * update, but costs one at each use that needs an object, so it is chosen only when that pays:
 * <ul>
 *   <li>it is neither captured nor assigned, and holds no shared value's count;</li>
 *   <li>a jump (a call of the loop, or a self tail call of the procedure) gives it a new value by
 *       {@code + - *}: a value that arrives boxed and is only passed on gains nothing;</li>
 *   <li>at most one use per iteration needs it as an object (a use in a nested loop counts twice,
 *       since it runs many times; returning the variable from the loop is free; operands of
 *       {@code + - * < <= = > >=} and arguments of {@code zero? positive? negative?} need none);</li>
 *   <li>nothing says it holds a flonum: its initial value and its updates are not inexact constants,
 *       and its updates are not arithmetic with an inexact constant.</li>
 * </ul>
 */
final class FixnumLoopVars {
    private final UnitCompiler unit;
    /** The loop's variable, or the procedure's own letrec variable (null for a global or none). */
    private final LocalVar loopVar;
    /** For a procedure: the global it is defined as, or null. */
    private final String global;
    private final boolean procedure;
    private final List<LocalVar> params;
    private int jumps;
    /** Jumps that give the parameter a new value by {@code + - *}: what unboxing saves a box on. */
    private final int[] updates;
    private final int[] generic;
    private final boolean[] excluded;

    private FixnumLoopVars(UnitCompiler unit, LocalVar loopVar, String global, boolean procedure, List<LocalVar> params) {
        this.unit = unit;
        this.loopVar = loopVar;
        this.global = global;
        this.procedure = procedure;
        this.params = params;
        this.updates = new int[params.size()];
        this.generic = new int[params.size()];
        this.excluded = new boolean[params.size()];
    }

    /** For each required parameter of the loop's lambda: whether it lives unboxed. */
    static boolean[] decide(UnitCompiler unit, Core.Letrec loop) {
        Core.Lambda lam = (Core.Lambda) loop.inits().get(0);
        Core.Call entry = (Core.Call) loop.body();
        List<LocalVar> params = lam.params().subList(0, lam.requiredCount());
        FixnumLoopVars d = new FixnumLoopVars(unit, loop.vars().get(0), null, false, params);
        for (int k = 0; k < params.size(); k++) d.excluded[k] = isInexactConstant(entry.args().get(k));
        return d.decide(lam.body());
    }

    /**
     * For each parameter of a procedure with fixed parameters whose self tail calls are jumps (see
     * {@link SelfInfo}): whether it lives unboxed. None does unless there is such a call.
     */
    static boolean[] decide(UnitCompiler unit, Core.Lambda lam, SelfInfo self) {
        List<LocalVar> params = lam.params().subList(0, lam.requiredCount());
        if (self == null || lam.hasRest() || self.lambda() != lam) return new boolean[params.size()];
        LocalVar var = self.var() != null && !unit.facts().isMutated(self.var()) ? self.var() : null;
        if (var == null && self.global() == null) return new boolean[params.size()];
        return new FixnumLoopVars(unit, var, self.global(), true, params).decide(lam.body());
    }

    private boolean[] decide(Core body) {
        for (int k = 0; k < params.size(); k++) {
            LocalVar p = params.get(k);
            if (unit.facts().isCaptured(p) || unit.facts().isMutated(p) || unit.holds().releasesAtExit(p)) excluded[k] = true;
        }
        visit(body, true, 0);
        boolean[] unboxed = new boolean[params.size()];
        if (procedure && jumps == 0) return unboxed;
        for (int k = 0; k < params.size(); k++) unboxed[k] = !excluded[k] && updates[k] > 0 && generic[k] <= 1;
        return unboxed;
    }

    /** Whether a call (in tail position or not) jumps back to the start with new parameters. */
    private boolean isJump(Core.Call c, boolean tail) {
        if (!procedure) return c.fn() instanceof Core.LocalRef r && r.var() == loopVar;
        if (!tail || c.args().size() != params.size()) return false;
        if (c.fn() instanceof Core.LocalRef r) return loopVar != null && r.var() == loopVar;
        return c.fn() instanceof Core.GlobalRef g && g.name().equals(global);
    }

    /** Counts the uses in {@code node}; {@code depth} is the number of loops or lambdas around it inside this loop. */
    private void visit(Core node, boolean tail, int depth) {
        // instanceof rather than a pattern switch: each switch's bootstrap costs the first compilation in a JVM
        if (node instanceof Core.LocalRef r) {
            int k = params.indexOf(r.var());
            if (k >= 0 && !tail) generic[k] += depth > 0 ? 2 : 1;
        } else if (node instanceof Core.Call c) {
            visitCall(c, tail, depth);
        } else if (node instanceof Core.If i) {
            visit(i.test(), false, depth);
            visit(i.then(), tail, depth);
            visit(i.otherwise(), tail, depth);
        } else if (node instanceof Core.Seq s) {
            List<Core> body = s.body();
            for (int k = 0; k < body.size(); k++) visit(body.get(k), tail && k == body.size() - 1, depth);
        } else if (node instanceof Core.Let l) {
            for (Core init : l.inits()) visit(init, false, depth);
            visit(l.body(), tail, depth);
        } else if (node instanceof Core.Letrec l && unit.isLoop(l)) {
            for (Core a : ((Core.Call) l.body()).args()) visit(a, false, depth);
            visit(((Core.Lambda) l.inits().get(0)).body(), tail, depth + 1);
        } else {
            int inner = node instanceof Core.Lambda || node instanceof Core.CaseLambda || node instanceof Core.Letrec ? depth + 1 : depth;
            for (Core child : CoreNodes.children(node)) visit(child, false, inner);
        }
    }

    private void visitCall(Core.Call c, boolean tail, int depth) {
        if (isJump(c, tail)) {
            jumps++;
            visitJump(c, depth);
            return;
        }
        if (c.args().size() == 1 && c.args().get(0) instanceof Core.LocalRef r && params.indexOf(r.var()) >= 0) {
            org.eshkol.engine.builtins.BuiltinInfo b = unit.directBuiltin(c.fn());
            if (b != null && FixnumCompiler.signFalseJump(b.name()) >= 0) return; // (zero? p): no box
        }
        ArithOp op = ArithOp.of(unit, c);
        if (op != null && exactOperands(c)) {
            for (Core a : c.args()) {
                // a parameter as an operand needs no box
                if (!(a instanceof Core.LocalRef r && params.contains(r.var()))) visit(a, false, depth);
            }
            return;
        }
        visit(c.fn(), false, depth);
        for (Core a : c.args()) visit(a, false, depth);
    }

    /** A call of this loop: the new value of each parameter. */
    private void visitJump(Core.Call c, int depth) {
        for (int k = 0; k < c.args().size(); k++) visitUpdate(k, c.args().get(k), depth);
    }

    /** The new value of parameter {@code k}; the branches of an {@code if} are new values too. */
    private void visitUpdate(int k, Core a, int depth) {
        if (a instanceof Core.LocalRef r && r.var() == params.get(k)) return; // unchanged
        if (isInexactConstant(a)) {
            excluded[k] = true;
        } else if (a instanceof Core.If i) {
            visit(i.test(), false, depth);
            visitUpdate(k, i.then(), depth);
            visitUpdate(k, i.otherwise(), depth);
        } else if (a instanceof Core.Call update && ArithOp.of(unit, update) != null && !ArithOp.of(unit, update).isComparison()) {
            if (exactOperands(update)) updates[k]++;
            else excluded[k] = true;
            visitCall(update, false, depth);
        } else {
            visit(a, false, depth);
        }
    }

    /** Whether no operand of an arithmetic call is a constant other than a fixnum (which would defeat the fast path). */
    static boolean exactOperands(Core.Call c) {
        for (Core a : c.args()) if (a instanceof Core.Const k && fixnum(k) == null) return false;
        return true;
    }

    /** The value of a fixnum constant, or null. */
    static Long fixnum(Core.Const c) {
        return c.value() instanceof Datum.Int i && i.value().bitLength() < 64 ? i.value().longValue() : null;
    }

    private static boolean isInexactConstant(Core node) {
        return node instanceof Core.Const c && c.value() instanceof Datum.Real;
    }
}
