package org.eshkol.engine.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.LocalVar;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Loops compiled inline in the method of a {@link MethodCompiler}: letrecs that {@code FindLoops}
 * proved to be loops, whose calls are jumps, and the arguments of jumps (also of a procedure's self
 * tail calls). Parameters chosen by {@link FixnumLoopVars} live unboxed ({@link Loc.Fix}); their
 * arguments are evaluated as pairs by {@link FixnumCompiler#emitPair}.
 */
final class LoopCompiler {
    private final MethodCompiler m;
    private final MethodVisitor mv;

    LoopCompiler(MethodCompiler m) {
        this.m = m;
        this.mv = m.mv;
    }

    /**
     * A loop being compiled inline: where its calls jump, its parameters, and how many frames and
     * holding scopes were open at its head ({@link SharedScopes#exitTo}).
     */
    record Loop(Label head, List<LocalVar> params, int scopes) {}

    private final Map<LocalVar, Loop> loops = new IdentityHashMap<>();

    /** The inlined loop a call to {@code v} jumps to, or null. */
    Loop loop(LocalVar v) { return loops.get(v); }

    /**
     * A letrec that {@code FindLoops} proved to be a loop: the parameters become locals of this method,
     * the entry call stores the initial arguments, and every call (all in tail position) is a jump.
     * In a value or effect context the body's tail positions jump to an exit label with their value.
     */
    void emitLoop(Core.Letrec l, Ctx ctx) {
        Core.Lambda lam = (Core.Lambda) l.inits().get(0);
        Core.Call entry = (Core.Call) l.body();
        m.line(entry.span());
        int n = lam.requiredCount();
        boolean[] unboxed = FixnumLoopVars.decide(m.unit, l);
        Temp[] temps = new Temp[n];
        for (int k = 0; k < n; k++) temps[k] = evalArg(entry.args().get(k), unboxed[k]);
        for (int k = 0; k < n; k++) {
            LocalVar p = lam.params().get(k);
            boolean boxed = m.unit.decideBoxed(p, false);
            if (unboxed[k]) {
                int longSlot = m.newLongSlot();
                m.bind(p, new Loc.Fix(longSlot, m.newSlot()));
            } else {
                m.bind(p, new Loc.Slot(m.newSlot(), boxed));
            }
        }
        Loop loop = new Loop(new Label(), lam.params(), m.scopes.depth());
        for (int k = 0; k < n; k++) storeArg(lam.params().get(k), temps[k]);
        mv.visitLabel(loop.head());
        loops.put(l.vars().get(0), loop);
        if (ctx == Ctx.TAIL) {
            m.emit(lam.body(), Ctx.TAIL);
        } else {
            Label outer = m.loopExit;
            m.loopExit = new Label();
            m.emit(lam.body(), Ctx.JUMP);
            mv.visitLabel(m.loopExit);
            m.loopExit = outer;
            m.finish(ctx == Ctx.JUMP ? Ctx.JUMP : ctx);
        }
        loops.remove(l.vars().get(0));
    }

    /** A loop argument evaluated into temporaries: an object, or an unboxed pair when {@code longSlot >= 0}. */
    record Temp(int longSlot, int objSlot) {}

    /** Evaluates a loop argument into new temporaries, as a pair when its parameter is unboxed. */
    Temp evalArg(Core arg, boolean unboxed) {
        if (unboxed) {
            Temp t = new Temp(m.newLongSlot(), m.newSlot());
            m.fixnums.emitPair(arg, t.longSlot(), t.objSlot());
            return t;
        }
        m.emit(arg, Ctx.VALUE);
        Temp t = new Temp(-1, m.newSlot());
        mv.visitVarInsn(ASTORE, t.objSlot());
        return t;
    }

    /** Stores an evaluated argument into its parameter (a new box for a boxed one: a new binding per iteration). */
    void storeArg(LocalVar param, Temp t) {
        Loc loc = m.loc(param);
        if (loc instanceof Loc.Fix f) {
            m.fixnums.copyPair(t.longSlot(), t.objSlot(), f.longSlot(), f.objSlot());
            return;
        }
        Loc.Slot slot = (Loc.Slot) loc;
        if (slot.boxed()) m.newBox(() -> mv.visitVarInsn(ALOAD, t.objSlot()));
        else mv.visitVarInsn(ALOAD, t.objSlot());
        mv.visitVarInsn(ASTORE, slot.slot());
    }

    /**
     * The new arguments of a call of an inlined loop: evaluated into temporaries; then the frames and
     * holding scopes opened in the loop's body are left, with the arguments as what leaves them; then
     * the arguments are stored into the parameters. An unboxed parameter passed unchanged
     * ({@code (loop i ...)} for {@code i}) is left alone.
     */
    void storeJumpArgs(Loop loop, List<Core> args) {
        int n = args.size();
        Temp[] temps = new Temp[n];
        int[] objects = new int[n];
        for (int k = 0; k < n; k++) {
            LocalVar p = loop.params().get(k);
            Loc loc = m.loc(p);
            if (loc instanceof Loc.Fix f && args.get(k) instanceof Core.LocalRef r && r.var() == p) {
                objects[k] = f.objSlot(); // null while a fixnum, else the value itself
                continue;
            }
            temps[k] = evalArg(args.get(k), loc instanceof Loc.Fix);
            objects[k] = temps[k].objSlot();
        }
        m.scopes.exitTo(loop.scopes(), objects);
        for (int k = 0; k < n; k++) if (temps[k] != null) storeArg(loop.params().get(k), temps[k]);
    }
}
