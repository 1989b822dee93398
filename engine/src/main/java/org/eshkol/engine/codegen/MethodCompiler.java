package org.eshkol.engine.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.LocalVar;
import org.eshkol.analysis.source.Span;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Core -> JVM bytecode for one method: a top-level form of a unit, or the body of one procedure.
 * Expressions are compiled in a {@link Ctx}; tests of {@code if} jump directly on Java booleans when
 * the test is a predicate builtin. Calls are delegated to {@link CallCompiler}, loops compiled inline
 * to {@link LoopCompiler}, fixnum fast paths on unboxed variables to {@link FixnumCompiler}.
 *
 * <p>Invariant kept for HotSpot's on-stack replacement: the operand stack is empty at every backward
 * jump target (self tail calls store their arguments to locals before jumping).
 */
final class MethodCompiler {
    final UnitCompiler unit;
    final MethodVisitor mv;
    /** The closure class whose method this is, or null for a static top-level form method. */
    final String owner;
    final SelfInfo self;
    private final Map<LocalVar, Loc> locs = new IdentityHashMap<>();
    private final CallCompiler calls;
    /** Tier-4 frames and holding scopes of this method. */
    final SharedScopes scopes;
    final FixnumCompiler fixnums;
    final LoopCompiler loops;
    /** Where {@link Ctx#JUMP} goes: the exit of the innermost inlined loop compiled in a value context. */
    Label loopExit;
    private int nextSlot;
    private int lastLine = -1;
    /** Where a self tail call jumps: after parameter set-up. */
    Label start;
    /** Parameter slots of the procedure (for self tail calls), in order. */
    List<LocalVar> params = List.of();

    /** Closure fields still to be filled once the current letrec group is initialised. */
    private final List<Patch> patches = new ArrayList<>();
    private final Map<LocalVar, Boolean> uninitialized = new IdentityHashMap<>();
    private LocalVar letrecTarget;

    private record Patch(LocalVar closureVar, String closureClass, Loc.Field field, LocalVar source) {}

    MethodCompiler(UnitCompiler unit, MethodVisitor mv, String owner, SelfInfo self, int firstSlot) {
        this.unit = unit;
        this.mv = mv;
        this.owner = owner;
        this.self = self;
        this.nextSlot = firstSlot;
        this.fixnums = new FixnumCompiler(this);
        this.loops = new LoopCompiler(this);
        this.calls = new CallCompiler(this);
        this.scopes = new SharedScopes(this);
    }

    int newSlot() { return nextSlot++; }

    /** The size of the method's bytecode so far. */
    int codeSize() {
        Label here = new Label();
        mv.visitLabel(here);
        return here.getOffset();
    }

    /** A slot for a {@code long} (two JVM slots). */
    int newLongSlot() {
        int s = nextSlot;
        nextSlot += 2;
        return s;
    }

    void bind(LocalVar v, Loc loc) { locs.put(v, loc); }

    Loc loc(LocalVar v) {
        Loc l = locs.get(v);
        if (l == null) throw new IllegalStateException("no location for " + v);
        return l;
    }

    /**
     * Marks the code that follows as coming from {@code span}: a line number entry when the line
     * changes, and a call-site record (offset, line, column) so that errors can name the column.
     */
    void line(Span span) {
        if (span == null || span.file().text().isEmpty()) return;
        int line = span.line();
        Label l = new Label();
        mv.visitLabel(l);
        if (line != lastLine) {
            mv.visitLineNumber(line, l);
            lastLine = line;
        }
        sites.add(new Site(l, line, span.column()));
    }

    private record Site(Label label, int line, int column) {}

    private final List<Site> sites = new ArrayList<>();

    /** After the method's code is complete: its sites as {bytecode offset, line, column} triples. */
    int[] siteTable() {
        int[] t = new int[sites.size() * 3];
        for (int k = 0; k < sites.size(); k++) {
            Site s = sites.get(k);
            t[3 * k] = s.label().getOffset();
            t[3 * k + 1] = s.line();
            t[3 * k + 2] = s.column();
        }
        return t;
    }

    // ---------------------------------------------------------------- expressions

    void emit(Core node, Ctx ctx) {
        if (unit.holds().hasFrames() && unit.holds().isFrame(node)) scopes.emitFrame(node, ctx);
        else emitNode(node, ctx);
    }

    /** {@code node} itself, without the frame {@link #emit} may put around it. */
    void emitNode(Core node, Ctx ctx) {
        switch (node) {
            case Core.Const c -> {
                if (ctx == Ctx.EFFECT) return;
                loadObject(unit.constant(c.value()));
                finish(ctx);
            }
            case Core.Unspecified u -> {
                if (ctx == Ctx.EFFECT) return;
                pushUnspecified();
                finish(ctx);
            }
            case Core.LocalRef r -> {
                if (ctx == Ctx.EFFECT) return;
                if (uninitialized.containsKey(r.var()) || unit.isLetrecBoxed(r.var())) line(r.span());
                loadVar(r.var());
                finish(ctx);
            }
            case Core.GlobalRef g -> {
                line(g.span());
                if (unit.isInterop(g.name())) {
                    mv.visitInvokeDynamicInsn("get", "()Ljava/lang/Object;", Emit.INTEROP_BOOTSTRAP, g.name());
                    finish(ctx);
                    return;
                }
                var direct = unit.directBuiltinValue(g.name());
                if (direct != null) {
                    if (ctx == Ctx.EFFECT) return;
                    loadObject(unit.builtinProcedure(direct));
                } else {
                    loadGlobalCell(g.name());
                    mv.visitMethodInsn(INVOKEVIRTUAL, Emit.GLOBAL, "get", "()Ljava/lang/Object;", false);
                    if (ctx == Ctx.EFFECT) {
                        mv.visitInsn(POP);
                        return;
                    }
                }
                finish(ctx);
            }
            case Core.PrimRef p -> {
                if (ctx == Ctx.EFFECT) return;
                loadObject(unit.builtinProcedure(unit.primitive(p.name(), p.span())));
                finish(ctx);
            }
            case Core.LocalSet s -> {
                storeVar(s.var(), s.value(), unit.holds().claimsAtSet(s));
                if (ctx == Ctx.EFFECT) return;
                pushUnspecified();
                finish(ctx);
            }
            case Core.GlobalSet s -> {
                line(s.span());
                loadGlobalCell(s.name());
                emit(s.value(), Ctx.VALUE);
                mv.visitMethodInsn(INVOKEVIRTUAL, Emit.GLOBAL, unit.promoteAtStore(s) ? "set" : "setProven", "(Ljava/lang/Object;)V", false);
                if (ctx == Ctx.EFFECT) return;
                pushUnspecified();
                finish(ctx);
            }
            case Core.GlobalDefine d -> {
                line(d.span());
                loadGlobalCell(d.name());
                if (d.value() instanceof Core.Lambda lam) makeClosure(lam, new SelfInfo(lam, null, d.name()));
                else {
                    emit(d.value(), Ctx.VALUE);
                    if (unit.promoteAtStore(d)) emitStoreCheck(); // a global outlives every region, even one made by region-open
                    scopes.emitClaim(); // the global takes the shared-value counts handed on with its value
                }
                mv.visitFieldInsn(PUTFIELD, Emit.GLOBAL, "value", "Ljava/lang/Object;");
                if (ctx == Ctx.EFFECT) return;
                pushUnspecified();
                finish(ctx);
            }
            case Core.If i -> {
                Label otherwise = new Label();
                Label end = new Label();
                emitTest(i.test(), otherwise);
                emit(i.then(), ctx);
                if (!leaves(ctx)) mv.visitJumpInsn(GOTO, end);
                mv.visitLabel(otherwise);
                emit(i.otherwise(), ctx);
                mv.visitLabel(end);
            }
            case Core.Lambda l -> {
                line(l.span());
                makeClosure(l, null);
                if (ctx == Ctx.EFFECT) mv.visitInsn(POP);
                else finish(ctx);
            }
            case Core.CaseLambda cl -> {
                line(cl.span());
                ClosureCompiler.makeCaseLambda(this, cl);
                if (ctx == Ctx.EFFECT) mv.visitInsn(POP);
                else finish(ctx);
            }
            case Core.Call c -> calls.emitCall(c, ctx);
            case Core.Seq s -> {
                List<Core> body = s.body();
                for (int k = 0; k < body.size() - 1; k++) emit(body.get(k), Ctx.EFFECT);
                emit(body.get(body.size() - 1), ctx);
            }
            case Core.Let l -> {
                int n = l.vars().size();
                int[] slots = new int[n];
                for (int k = 0; k < n; k++) {
                    emit(l.inits().get(k), Ctx.VALUE);
                    slots[k] = newSlot();
                    mv.visitVarInsn(ASTORE, slots[k]);
                }
                for (int k = 0; k < n; k++) {
                    LocalVar v = l.vars().get(k);
                    boolean boxed = unit.decideBoxed(v, false);
                    if (boxed) {
                        int slot = slots[k];
                        newBox(() -> mv.visitVarInsn(ALOAD, slot));
                        mv.visitVarInsn(ASTORE, slot);
                    }
                    bind(v, new Loc.Slot(slots[k], boxed));
                }
                scopes.emitScopeBody(l.vars(), l.body(), ctx);
            }
            case Core.Letrec l -> emitLetrec(l, ctx);
            // ownership is a compile-time fact: owned, move and borrow cost nothing at run time
            case Core.Owned o -> emit(o.value(), ctx);
            case Core.Move m -> emit(m.target(), ctx);
            case Core.Borrow b -> emit(b.body(), ctx);
            case Core.Consume c -> calls.emitCall(new Core.Call(c.span(), new Core.PrimRef(c.span(), "%consume"), List.of(c.target())), ctx);
        }
    }

    /** Completes an expression whose value is on the stack. */
    void finish(Ctx ctx) {
        switch (ctx) {
            case VALUE -> {}
            case EFFECT -> mv.visitInsn(POP);
            case TAIL -> mv.visitInsn(ARETURN);
            case JUMP -> mv.visitJumpInsn(GOTO, loopExit);
        }
    }

    /** True when code in {@code ctx} never falls through (it returns or jumps). */
    static boolean leaves(Ctx ctx) { return ctx == Ctx.TAIL || ctx == Ctx.JUMP; }

    /** Jumps to {@code ifFalse} when the expression is {@code #f}; falls through otherwise. */
    void emitTest(Core node, Label ifFalse) {
        switch (node) {
            case Core.Const c when c.value() instanceof org.eshkol.analysis.read.Datum.Bool b -> {
                if (!b.value()) mv.visitJumpInsn(GOTO, ifFalse);
            }
            case Core.If i -> {
                Label otherwise = new Label();
                Label done = new Label();
                emitTest(i.test(), otherwise);
                emitTest(i.then(), ifFalse);
                mv.visitJumpInsn(GOTO, done);
                mv.visitLabel(otherwise);
                emitTest(i.otherwise(), ifFalse);
                mv.visitLabel(done);
            }
            case Core.Call c when !unit.holds().isFrame(c) && calls.emitPredicate(c, ifFalse) -> {}
            case Core.LocalRef r when locs.get(r.var()) instanceof Loc.Fix f -> {
                // a fixnum is true: only the object slot can hold #f
                mv.visitVarInsn(ALOAD, f.objSlot());
                mv.visitFieldInsn(GETSTATIC, "java/lang/Boolean", "FALSE", "Ljava/lang/Boolean;");
                mv.visitJumpInsn(IF_ACMPEQ, ifFalse);
            }
            default -> {
                emit(node, Ctx.VALUE);
                mv.visitFieldInsn(GETSTATIC, "java/lang/Boolean", "FALSE", "Ljava/lang/Boolean;");
                mv.visitJumpInsn(IF_ACMPEQ, ifFalse);
            }
        }
    }

    // ---------------------------------------------------------------- variables

    void loadVar(LocalVar v) {
        Loc loc = loc(v);
        if (uninitialized.containsKey(v)) {
            // a letrec variable read while its group is still being initialised
            mv.visitInsn(ACONST_NULL);
            checkInitialized(v);
            return;
        }
        loadStorage(loc);
        if (loc.boxed()) {
            mv.visitFieldInsn(GETFIELD, Emit.BOX, "value", "Ljava/lang/Object;");
            if (unit.isLetrecBoxed(v)) checkInitialized(v);
        }
    }

    private void checkInitialized(LocalVar v) {
        mv.visitLdcInsn(v.name());
        mv.visitMethodInsn(INVOKESTATIC, Emit.CALLS, "checkInitialized", "(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/Object;", false);
    }

    /** Pushes what the location holds: the box itself for boxed variables, an object for unboxed ones. */
    void loadStorage(Loc loc) {
        if (loc instanceof Loc.Slot s) {
            mv.visitVarInsn(ALOAD, s.slot());
        } else if (loc instanceof Loc.Fix f) {
            fixnums.box(f);
        } else {
            Loc.Field f = (Loc.Field) loc;
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, f.owner(), f.name(), f.desc());
        }
    }

    /**
     * Assigns {@code value} to {@code v}. With {@code claim}, the variable takes the shared-value counts
     * handed on with the value (Tier 4), as a global {@code define} does: no frame releases what it holds.
     */
    private void storeVar(LocalVar v, Core value, boolean claim) {
        Loc loc = loc(v);
        if (loc.boxed()) {
            loadStorage(loc);
            emit(value, Ctx.VALUE);
            if (claim) scopes.emitClaim();
            // a boxed variable is captured: it may belong to a scope outside the current region
            // (set! of an outer local inside with-region), so its value is promoted like any store
            emitStoreCheck();
            mv.visitFieldInsn(PUTFIELD, Emit.BOX, "value", "Ljava/lang/Object;");
        } else if (loc instanceof Loc.Slot s) {
            emit(value, Ctx.VALUE);
            if (claim) scopes.emitClaim();
            mv.visitVarInsn(ASTORE, s.slot());
        } else if (loc instanceof Loc.Fix) {
            throw new IllegalStateException("assignment to an unboxed variable " + v);
        } else {
            throw new IllegalStateException("assignment to an unboxed captured variable " + v);
        }
    }

    /** Promotes the arena values the value on the stack reaches to the heap (it stays on the stack). */
    private void emitStoreCheck() {
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESTATIC, "org/eshkol/runtime/region/Escapes", "stored", "(Ljava/lang/Object;)V", false);
    }

    void newBox(Runnable pushValue) {
        mv.visitTypeInsn(NEW, Emit.BOX);
        mv.visitInsn(DUP);
        pushValue.run();
        mv.visitMethodInsn(INVOKESPECIAL, Emit.BOX, "<init>", "(Ljava/lang/Object;)V", false);
    }

    private void emitLetrec(Core.Letrec l, Ctx ctx) {
        if (unit.isLoop(l)) {
            loops.emitLoop(l, ctx);
            return;
        }
        boolean allLambdas = l.inits().stream().allMatch(i -> i instanceof Core.Lambda);
        int n = l.vars().size();
        for (int k = 0; k < n; k++) {
            LocalVar v = l.vars().get(k);
            boolean boxed = unit.decideBoxed(v, !allLambdas);
            int slot = newSlot();
            if (boxed) {
                newBox(() -> mv.visitInsn(ACONST_NULL));
            } else {
                mv.visitInsn(ACONST_NULL);
            }
            mv.visitVarInsn(ASTORE, slot);
            bind(v, new Loc.Slot(slot, boxed));
            if (!boxed) uninitialized.put(v, Boolean.TRUE);
            else unit.markLetrecBoxed(v);
        }
        int patchStart = patches.size();
        for (int k = 0; k < n; k++) {
            LocalVar v = l.vars().get(k);
            Core init = l.inits().get(k);
            if (init instanceof Core.Lambda lam && !unit.facts().isMutated(v)) {
                letrecTarget = v;
                line(lam.span());
                makeClosure(lam, new SelfInfo(lam, v, null));
                letrecTarget = null;
                Loc loc = loc(v);
                if (loc.boxed()) {
                    int tmp = newSlot();
                    mv.visitVarInsn(ASTORE, tmp);
                    loadStorage(loc);
                    mv.visitVarInsn(ALOAD, tmp);
                    mv.visitFieldInsn(PUTFIELD, Emit.BOX, "value", "Ljava/lang/Object;");
                } else {
                    mv.visitVarInsn(ASTORE, ((Loc.Slot) loc).slot());
                }
            } else {
                storeVar(v, init, false);
            }
            uninitialized.remove(v);
        }
        for (int k = patchStart; k < patches.size(); k++) {
            Patch p = patches.get(k);
            loadVar(p.closureVar());
            mv.visitTypeInsn(CHECKCAST, p.closureClass());
            loadStorage(loc(p.source()));
            mv.visitFieldInsn(PUTFIELD, p.closureClass(), p.field().name(), p.field().desc());
        }
        while (patches.size() > patchStart) patches.remove(patches.size() - 1);
        scopes.emitScopeBody(l.vars(), l.body(), ctx);
    }

    // ---------------------------------------------------------------- closures

    /** Pushes a new closure of {@code l}, capturing its free variables. */
    void makeClosure(Core.Lambda l, SelfInfo selfInfo) {
        ClosureCompiler.Compiled c = unit.compileLambda(l, selfInfo);
        mv.visitTypeInsn(NEW, c.className());
        mv.visitInsn(DUP);
        loadGlobals();
        for (Loc.Field f : c.fields()) {
            LocalVar v = c.source(f);
            if (uninitialized.containsKey(v)) {
                if (letrecTarget == null) throw new IllegalStateException("capture of uninitialised " + v);
                mv.visitInsn(ACONST_NULL);
                patches.add(new Patch(letrecTarget, c.className(), f, v));
            } else {
                loadStorage(loc(v));
            }
        }
        mv.visitMethodInsn(INVOKESPECIAL, c.className(), "<init>", c.constructorDesc(), false);
        countCaptures(l, c);
    }

    /**
     * A closure that captures a binding holding a shared value's count, and that may outlive that
     * binding's scope, counts as one more holder (Tier 4): otherwise leaving the scope could destroy
     * the value while the closure still uses it.
     */
    private void countCaptures(Core.Lambda l, ClosureCompiler.Compiled c) {
        if (unit.holds().isEmpty() || !unit.closureMayOutlive(l)) return;
        for (Loc.Field f : c.fields()) {
            LocalVar v = c.source(f);
            if (!unit.holds().releasesAtExit(v) || uninitialized.containsKey(v)) continue;
            mv.visitInsn(DUP); // the closure: the container whose slot holds the count
            loadVar(v);
            mv.visitMethodInsn(INVOKESTATIC, SharedScopes.SHARED, "captured", "(Ljava/lang/Object;Ljava/lang/Object;)V", false);
        }
    }

    // ---------------------------------------------------------------- constants

    void loadObject(String field) {
        mv.visitFieldInsn(GETSTATIC, unit.className(), field, ConstantTable.OBJECT_DESC);
    }

    /** Pushes the cell of a global: an element of the running environment's cell array. */
    void loadGlobalCell(String name) {
        loadGlobals();
        Emit.pushInt(mv, unit.globalIndex(name));
        mv.visitInsn(AALOAD);
    }

    /**
     * Pushes the global cells ({@code Global[]}) of the environment the code runs in: parameter 0 of
     * a top-level form method, the {@code g} field of a closure.
     */
    void loadGlobals() {
        if (owner == null) {
            mv.visitVarInsn(ALOAD, 0);
        } else {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, owner, ClosureCompiler.GLOBALS_FIELD, Emit.GLOBALS_DESC);
        }
    }

    void pushUnspecified() {
        mv.visitFieldInsn(GETSTATIC, "org/eshkol/runtime/Unspecified", "VALUE", "Lorg/eshkol/runtime/Unspecified;");
    }
}
