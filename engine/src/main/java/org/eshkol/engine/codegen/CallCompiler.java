package org.eshkol.engine.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.List;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.pass.EscapeFacts;
import org.eshkol.engine.builtins.BuiltinInfo;
import org.eshkol.engine.builtins.BuiltinMethod;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Compiles calls, choosing the cheapest correct form:
 * <ol>
 *   <li>a builtin named directly: {@code invokestatic} of its Java method (two-argument arithmetic
 *       and comparisons go to the inlinable fast paths of {@code Arith});</li>
 *   <li>a self tail call: store the arguments and jump to the procedure's start;</li>
 *   <li>any other tail call: return a {@code TailCall} to the trampoline of the nearest full call;</li>
 *   <li>any other call: {@code Procedure.callK}, which runs the trampoline.</li>
 * </ol>
 */
final class CallCompiler {
    private static final String ARITH = "org/eshkol/runtime/num/Arith";

    /** Stores with a variant that skips the region promotion walk, for stores escape analysis proved safe. */
    private static final java.util.Map<String, String> PROVEN = java.util.Map.of(
            "vector-set!", "%vector-set!/proven", "set-car!", "%set-car!/proven", "set-cdr!", "%set-cdr!/proven",
            "hash-table-set!", "%hash-table-set!/proven", "hash-set!", "%hash-table-set!/proven");

    private final MethodCompiler m;
    private final MethodVisitor mv;

    CallCompiler(MethodCompiler m) {
        this.m = m;
        this.mv = m.mv;
    }

    private BuiltinInfo directBuiltin(Core fn) { return m.unit.directBuiltin(fn); }

    void emitCall(Core.Call c, Ctx ctx) {
        m.line(c.span());
        if (c.fn() instanceof Core.PrimRef p && p.name().equals("%with-region") && !m.unit.promoteAtExit(c)) {
            // escape analysis proved the result holds none of the region's arena values: no walk at exit
            c = new Core.Call(c.span(), new Core.PrimRef(p.span(), "%with-region-unpromoted"), c.args());
        } else if (c.fn() instanceof Core.GlobalRef g && PROVEN.containsKey(g.name()) && m.unit.directBuiltin(g.name()) != null
                && !m.unit.promoteAtStore(c)) {
            // escape analysis proved the stored value holds no arena value of an open region
            c = new Core.Call(c.span(), new Core.PrimRef(g.span(), PROVEN.get(g.name())), c.args());
        } else if (m.unit.isProvenRecordStore(c)) {
            // a record setter storing a value with no arena value of an open region: (setter r v) -> (%record-set!/proven setter r v)
            c = new Core.Call(c.span(), new Core.PrimRef(c.fn().span(), "%record-set!/proven"), List.of(c.fn(), c.args().get(0), c.args().get(1)));
        }
        BuiltinInfo b = directBuiltin(c.fn());
        int argc = c.args().size();
        if (b != null) {
            ArithOp arith = ArithOp.of(b, argc);
            if (arith != null && m.fixnums.worthy(c)) {
                // an unboxed variable is involved: inline fixnum fast path
                m.fixnums.emitValue(c);
                m.finish(ctx);
                return;
            }
            if (arith != null && argc > 2) {
                // (+ a b c ...) = (+ (+ a b) c ...): the same result, through the inlinable fast path
                m.emit(c.args().get(0), Ctx.VALUE);
                for (int k = 1; k < argc; k++) {
                    m.emit(c.args().get(k), Ctx.VALUE);
                    m.line(c.span());
                    mv.visitMethodInsn(INVOKESTATIC, ARITH, arith.method, Emit.objects(2, "Ljava/lang/Object;"), false);
                }
                m.finish(ctx);
                return;
            }
            if (arith != null) {
                pushArgs(c.args());
                m.line(c.span());
                boolean predicate = arith.isComparison();
                mv.visitMethodInsn(INVOKESTATIC, ARITH, arith.method, Emit.objects(2, predicate ? "Z" : "Ljava/lang/Object;"), false);
                if (predicate) boolToObject();
                m.finish(ctx);
                return;
            }
            if (m.fixnums.isSignTest(c, b)) {
                m.fixnums.emitSignValue(c, b);
                m.finish(ctx);
                return;
            }
            BuiltinMethod method = b.forArgc(argc);
            if (method != null) {
                BuiltinMethod direct = handsOutDirect(b, c);
                if (direct != null) {
                    // (shared v [destructor]) -> (%shared-at v [destructor] "file.esk:LINE"): no stack walk;
                    // %shared-temp-at when no binding takes the count, %strong-ref when one does
                    emitBuiltin(direct, c.args(), c, b.name().equals("shared") ? siteOf(c) : null);
                    convertResult(direct, ctx);
                    return;
                }
                emitBuiltin(method, c.args(), c, null);
                convertResult(method, ctx);
                return;
            }
        }
        if (c.fn() instanceof Core.GlobalRef g && m.unit.isInterop(g.name())) {
            pushArgs(c.args());
            m.line(c.span());
            mv.visitInvokeDynamicInsn("call", Emit.objects(argc, "Ljava/lang/Object;"), Emit.INTEROP_BOOTSTRAP, g.name());
            m.finish(ctx);
            return;
        }
        if (c.fn() instanceof Core.LocalRef r && m.loops.loop(r.var()) != null) {
            emitLoopJump(c, m.loops.loop(r.var()));
            return;
        }
        if (m.unit.holds().isTemporary(c)) {
            // a procedure's counted result that nothing takes: its count goes to the innermost frame
            pushProcedure(c.fn());
            invoke(c, Ctx.VALUE);
            mv.visitMethodInsn(INVOKESTATIC, SharedScopes.SHARED, "handOn", "(Ljava/lang/Object;)Ljava/lang/Object;", false);
            m.finish(ctx);
            return;
        }
        if (ctx == Ctx.TAIL && isSelfCall(c)) {
            emitSelfCall(c);
            return;
        }
        pushProcedure(c.fn());
        invoke(c, ctx);
    }

    /**
     * Emits a call that yields a Java boolean, jumping to {@code ifFalse} when it is false. Returns
     * false (emitting nothing) when the call is not to a predicate builtin.
     */
    boolean emitPredicate(Core.Call c, Label ifFalse) {
        BuiltinInfo b = directBuiltin(c.fn());
        if (b == null) return false;
        int argc = c.args().size();
        ArithOp arith = ArithOp.of(b, argc);
        if (arith != null && arith.isComparison()) {
            if (m.fixnums.worthy(c)) {
                m.fixnums.emitTest(c, ifFalse);
                return true;
            }
            pushArgs(c.args());
            m.line(c.span());
            mv.visitMethodInsn(INVOKESTATIC, ARITH, arith.method, Emit.objects(2, "Z"), false);
            mv.visitJumpInsn(IFEQ, ifFalse);
            return true;
        }
        BuiltinMethod method = b.forArgc(argc);
        if (method == null || method.result() != BuiltinMethod.Result.BOOLEAN) return false;
        if (m.fixnums.isSignTest(c, b)) {
            m.fixnums.emitSignTest(c, b, ifFalse);
            return true;
        }
        emitBuiltin(method, c.args(), c, null);
        mv.visitJumpInsn(IFEQ, ifFalse);
        return true;
    }

    private void boolToObject() {
        mv.visitMethodInsn(INVOKESTATIC, Emit.CALLS, "bool", "(Z)Ljava/lang/Object;", false);
    }

    /** Calls a builtin's method with {@code args}, then {@code extra} (when not null) as one more, constant argument. */
    private void emitBuiltin(BuiltinMethod method, List<Core> args, Core.Call call, String extra) {
        int fixed = method.fixedCount() - (extra == null ? 0 : 1);
        for (int k = 0; k < fixed; k++) m.emit(args.get(k), Ctx.VALUE);
        if (method.rest()) pushArray(args.subList(fixed, args.size()));
        if (extra != null) mv.visitLdcInsn(extra);
        m.line(call.span());
        placeAllocation(call);
        mv.visitMethodInsn(INVOKESTATIC, method.ownerInternal(), method.name(), method.descriptor(), false);
    }

    /**
     * The site {@code Shared} would find by walking the stack at this call: the innermost script
     * frame's file (the unit's source file) and line (the call's, which {@link MethodCompiler#line}
     * marks right before the call). Null when that line is not the call's own, so the walk decides.
     */
    private String siteOf(Core.Call call) {
        String file = m.unit.fileName();
        org.eshkol.analysis.source.Span span = call.span();
        if (file == null || span == null || span.file().text().isEmpty()) return "";
        int line = span.line();
        return line > 0 && line <= 0xFFFF ? file + ":" + line : "";
    }

    /**
     * The compiler's own entry for a direct call of {@code shared} or {@code strong-ref} (Tier 4): the
     * called-through-a-value builtins hand their count to the innermost frame, so a call whose count
     * a binding, {@code define} or return takes ({@code FindSharedHolds}) goes to {@code %shared-at} or
     * {@code %strong-ref}, and a temporary {@code shared} to {@code %shared-temp-at} (both with the
     * call's site). Null for other builtins and for a temporary {@code strong-ref} (the builtin itself).
     */
    private BuiltinMethod handsOutDirect(BuiltinInfo b, Core.Call c) {
        boolean temporary = m.unit.holds().isTemporary(c);
        int argc = c.args().size();
        if (b.name().equals("shared")) return m.unit.primitive(temporary ? "%shared-temp-at" : "%shared-at", c.span()).forArgc(argc + 1);
        if (b.name().equals("strong-ref") && !temporary) return m.unit.primitive("%strong-ref", c.span()).forArgc(argc);
        return null;
    }

    /**
     * Escape analysis's placement of an arena allocation, set right before the allocating call (after
     * its arguments, so their own allocations are not affected): the enclosing region's parent for a
     * value only returned from its region, the heap for one that escapes every region.
     */
    private void placeAllocation(Core.Call call) {
        if (call == null) return;
        EscapeFacts.Alloc a = m.unit.allocationOf(call);
        if (a == EscapeFacts.Alloc.CALLER_REGION) {
            mv.visitMethodInsn(INVOKESTATIC, "org/eshkol/runtime/region/AllocationSite", "callerRegion", "()V", false);
        } else if (a == EscapeFacts.Alloc.SHARED) {
            mv.visitMethodInsn(INVOKESTATIC, "org/eshkol/runtime/region/AllocationSite", "heap", "()V", false);
        }
    }

    /** Turns a builtin's Java result into what {@code ctx} needs. */
    private void convertResult(BuiltinMethod method, Ctx ctx) {
        BuiltinMethod.Result r = method.result();
        if (r == BuiltinMethod.Result.VOID) {
            if (ctx == Ctx.EFFECT) return;
            m.pushUnspecified();
        } else if (r == BuiltinMethod.Result.BOOLEAN) {
            if (ctx == Ctx.EFFECT) {
                mv.visitInsn(POP);
                return;
            }
            boolToObject();
        } else if (ctx != Ctx.TAIL && method.tail()) {
            mv.visitMethodInsn(INVOKESTATIC, Emit.TAILCALL, "force", "(Ljava/lang/Object;)Ljava/lang/Object;", false);
        }
        m.finish(ctx);
    }

    private void pushArgs(List<Core> args) {
        for (Core a : args) m.emit(a, Ctx.VALUE);
    }

    private void pushArray(List<Core> args) {
        Emit.pushInt(mv, args.size());
        mv.visitTypeInsn(ANEWARRAY, Emit.OBJ);
        for (int k = 0; k < args.size(); k++) {
            mv.visitInsn(DUP);
            Emit.pushInt(mv, k);
            m.emit(args.get(k), Ctx.VALUE);
            mv.visitInsn(AASTORE);
        }
    }

    /** Pushes the operator as a {@code Procedure}, raising the Scheme error when it is not one. */
    private void pushProcedure(Core fn) {
        if (fn instanceof Core.GlobalRef g) {
            m.loadGlobalCell(g.name());
            mv.visitMethodInsn(INVOKEVIRTUAL, Emit.GLOBAL, "proc", "()Lorg/eshkol/runtime/Procedure;", false);
        } else {
            m.emit(fn, Ctx.VALUE);
            mv.visitMethodInsn(INVOKESTATIC, Emit.CALLS, "asProcedure", "(Ljava/lang/Object;)Lorg/eshkol/runtime/Procedure;", false);
        }
    }

    /** With a procedure on the stack, pushes the arguments and calls it as {@code ctx} requires. */
    private void invoke(Core.Call call, Ctx ctx) {
        List<Core> args = call.args();
        int argc = args.size();
        if (argc <= 4) pushArgs(args);
        else pushArray(args);
        m.line(call.span());
        if (ctx == Ctx.TAIL) {
            newTailCall(argc);
        } else {
            // a non-tail call may recurse without any loop: the interruption check here is what lets
            // a time limit or Thread.interrupt() stop deep non-tail recursion ((fib 60))
            poll();
            if (argc <= 4) mv.visitMethodInsn(INVOKEVIRTUAL, Emit.PROC, "apply" + argc, Emit.objects(argc, "Ljava/lang/Object;"), false);
            else mv.visitMethodInsn(INVOKEVIRTUAL, Emit.PROC, "applyN", "([Ljava/lang/Object;)Ljava/lang/Object;", false);
            forcePending();
        }
        m.finish(ctx);
    }

    /**
     * With a procedure and its arguments on the stack (up to four, or more as one array), makes the
     * pending {@code TailCall} to return.
     */
    private void newTailCall(int argc) {
        if (argc <= 4) {
            mv.visitMethodInsn(INVOKESTATIC, Emit.TAILCALL, "of" + argc,
                    "(Lorg/eshkol/runtime/Procedure;" + "Ljava/lang/Object;".repeat(argc) + ")Lorg/eshkol/runtime/TailCall;", false);
        } else {
            mv.visitMethodInsn(INVOKESTATIC, Emit.TAILCALL, "ofN",
                    "(Lorg/eshkol/runtime/Procedure;[Ljava/lang/Object;)Lorg/eshkol/runtime/TailCall;", false);
        }
    }

    /**
     * Runs the trampoline when the value on the stack is a pending tail call. Inlined at each call
     * site (rather than calling {@code Procedure.callK}) so that HotSpot profiles the receiver of
     * {@code applyK} per call site and can inline monomorphic calls.
     */
    private void forcePending() {
        Label done = new Label();
        mv.visitInsn(DUP);
        mv.visitTypeInsn(INSTANCEOF, Emit.TAILCALL);
        mv.visitJumpInsn(IFEQ, done);
        mv.visitMethodInsn(INVOKESTATIC, Emit.TAILCALL, "force", "(Ljava/lang/Object;)Ljava/lang/Object;", false);
        mv.visitLabel(done);
    }

    // ---------------------------------------------------------------- self tail calls

    /** The interruption check before a backward jump (see {@code Calls.poll}). */
    private void poll() {
        mv.visitMethodInsn(INVOKESTATIC, Emit.CALLS, "poll", "()V", false);
    }

    /** A call of an inlined loop (always in tail position of its body): new arguments, then a jump. */
    private void emitLoopJump(Core.Call c, LoopCompiler.Loop loop) {
        m.loops.storeJumpArgs(loop, c.args());
        poll();
        mv.visitJumpInsn(GOTO, loop.head());
    }

    private boolean isSelfCall(Core.Call c) {
        SelfInfo self = m.self;
        if (self == null || m.start == null) return false;
        Core.Lambda l = self.lambda();
        if (l.hasRest() || c.args().size() != l.requiredCount()) return false;
        if (c.fn() instanceof Core.LocalRef r) return r.var() == self.var() && self.var() != null && !m.unit.facts().isMutated(r.var());
        if (c.fn() instanceof Core.GlobalRef g) return g.name().equals(self.global());
        return false;
    }

    /**
     * Evaluates the arguments into fresh locals, then (for a global, only when it still names this
     * procedure) stores them into the parameters and jumps to the start; otherwise a normal tail call.
     */
    private void emitSelfCall(Core.Call c) {
        int argc = c.args().size();
        LoopCompiler.Temp[] temps = new LoopCompiler.Temp[argc];
        for (int k = 0; k < argc; k++) temps[k] = m.loops.evalArg(c.args().get(k), m.loc(m.params.get(k)) instanceof Loc.Fix);
        Label generic = null;
        if (c.fn() instanceof Core.GlobalRef g) {
            generic = new Label();
            m.loadGlobalCell(g.name());
            mv.visitFieldInsn(GETFIELD, Emit.GLOBAL, "value", "Ljava/lang/Object;");
            mv.visitVarInsn(ALOAD, 0);
            mv.visitJumpInsn(IF_ACMPNE, generic);
        }
        for (int k = 0; k < argc; k++) m.loops.storeArg(m.params.get(k), temps[k]);
        poll();
        mv.visitJumpInsn(GOTO, m.start);
        if (generic != null) {
            mv.visitLabel(generic);
            pushProcedure(c.fn());
            if (argc <= 4) {
                for (LoopCompiler.Temp t : temps) pushTemp(t);
            } else {
                Emit.pushInt(mv, argc);
                mv.visitTypeInsn(ANEWARRAY, Emit.OBJ);
                for (int k = 0; k < argc; k++) {
                    mv.visitInsn(DUP);
                    Emit.pushInt(mv, k);
                    pushTemp(temps[k]);
                    mv.visitInsn(AASTORE);
                }
            }
            newTailCall(argc);
            mv.visitInsn(ARETURN);
        }
    }

    /** Pushes an evaluated argument as an object (an unboxed one is boxed). */
    private void pushTemp(LoopCompiler.Temp t) {
        if (t.longSlot() >= 0) m.fixnums.box(new Loc.Fix(t.longSlot(), t.objSlot()));
        else mv.visitVarInsn(ALOAD, t.objSlot());
    }
}
