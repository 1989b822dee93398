package org.eshkol.engine.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.LocalVar;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Tier-4 scopes in one method: frames for shared-value counts handed on through results, and binding
 * forms whose variables hold counts (both found by {@code FindSharedHolds}); their normal and
 * exceptional exits, and leaving them before a jump to an inlined loop's head.
 */
final class SharedScopes {
    static final String SHARED = "org/eshkol/runtime/shared/Shared";

    private final MethodCompiler m;
    private final MethodVisitor mv;

    SharedScopes(MethodCompiler m) {
        this.m = m;
        this.mv = m.mv;
    }

    /**
     * The value on the stack (which stays there) takes the shared-value counts handed on with it
     * (Tier 4): what a global {@code define}, or a {@code set!} of a local that claims, does.
     */
    void emitClaim() {
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESTATIC, SHARED, "defined", "(Ljava/lang/Object;)V", false);
    }

    /**
     * {@code node} as a frame for shared-value counts handed on through results (Tier 4, see
     * {@code FindSharedHolds}): its value is computed in a value context (no tail call may outlive
     * the frame), then the counts handed to the frame that the value does not reach are released;
     * on an exception, those its payload does not reach.
     */
    void emitFrame(Core node, Ctx ctx) {
        int mark = m.newSlot();
        mv.visitMethodInsn(INVOKESTATIC, SHARED, "frameEnter", "()I", false);
        mv.visitVarInsn(ISTORE, mark);
        emitGuarded(new OpenScope(mark, null), node, ctx);
    }

    /**
     * The body of a binding form. When some of its variables hold a shared value's count (Tier 4, see
     * {@code FindSharedHolds}), the body runs in a value context (no tail call may outlive the scope)
     * and the counts are given back when it exits, normally or by an exception.
     */
    void emitScopeBody(List<LocalVar> vars, Core body, Ctx ctx) {
        List<LocalVar> holders = null;
        for (LocalVar v : vars) {
            if (m.unit.holds().releasesAtExit(v)) {
                if (holders == null) holders = new java.util.ArrayList<>(2);
                holders.add(v);
            }
        }
        if (holders == null) {
            m.emit(body, ctx);
            return;
        }
        emitGuarded(new OpenScope(-1, holders), body, ctx);
    }

    /**
     * {@code body} in a value context inside {@code scope} (no tail call may outlive it), left
     * through {@link #emitExit} on both exits: with its value (a frame's dropped value keeps nothing),
     * or with the exception, which is then rethrown.
     */
    private void emitGuarded(OpenScope scope, Core body, Ctx ctx) {
        boolean frame = scope.holders() == null;
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        Label done = new Label();
        mv.visitTryCatchBlock(start, end, handler, null);
        mv.visitLabel(start);
        open.add(scope);
        if (frame) m.emitNode(body, Ctx.VALUE); // emit would frame the node again
        else m.emit(body, Ctx.VALUE);
        open.remove(open.size() - 1);
        mv.visitLabel(end);
        int result = m.newSlot();
        if (frame && ctx == Ctx.EFFECT) {
            // the value is dropped: it keeps nothing
            mv.visitInsn(POP);
            mv.visitInsn(ACONST_NULL);
        }
        mv.visitVarInsn(ASTORE, result);
        emitExit(scope, result, false);
        mv.visitVarInsn(ALOAD, result);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(handler);
        int thrown = m.newSlot();
        mv.visitVarInsn(ASTORE, thrown);
        emitExit(scope, thrown, true);
        mv.visitVarInsn(ALOAD, thrown);
        mv.visitInsn(ATHROW);
        mv.visitLabel(done);
        m.finish(ctx); // in an effect context this pops the value (a frame's null)
    }

    /**
     * Leaves {@code scope} with what leaves it in {@code slot}: a frame releases what was handed to it
     * and is not reached; a holding scope gives back the counts of its holders that are not reached
     * (with an exception, {@code thrown}, what its payload does not reach).
     */
    private void emitExit(OpenScope scope, int slot, boolean thrown) {
        if (scope.holders() != null) {
            if (thrown) releaseHolds(scope.holders(), slot, "(Ljava/lang/Object;Ljava/lang/Throwable;)V", "releaseLocalOnExit");
            else releaseHolds(scope.holders(), slot, "(Ljava/lang/Object;Ljava/lang/Object;)V", "releaseLocal");
            return;
        }
        mv.visitVarInsn(ILOAD, scope.mark());
        mv.visitVarInsn(ALOAD, slot);
        if (thrown) mv.visitMethodInsn(INVOKESTATIC, SHARED, "frameExitOnThrow", "(ILjava/lang/Throwable;)V", false);
        else mv.visitMethodInsn(INVOKESTATIC, SHARED, "frameExit", "(ILjava/lang/Object;)V", false);
    }

    /**
     * A frame ({@code mark} its mark's slot) or a scope whose {@code holders} hold counts, open at the
     * code being compiled.
     */
    private record OpenScope(int mark, List<LocalVar> holders) {}

    /** The frames and holding scopes open at the code being compiled, innermost last. */
    private final List<OpenScope> open = new ArrayList<>();

    /** How many frames and holding scopes are open here. */
    int depth() { return open.size(); }

    /**
     * Before a jump to the head of an inlined loop (a call of the loop in tail position of its body,
     * which may sit inside frames and holding scopes opened in that body): leaves the scopes opened
     * since the loop's head, innermost first, as their exits would, with the jump's arguments (in
     * {@code temps}) as what leaves them: counts the arguments still reach go on to the next frame
     * out, the others are released now, each iteration.
     */
    void exitTo(int depth, int[] temps) {
        if (open.size() <= depth) return;
        int args = m.newSlot();
        Emit.pushInt(mv, temps.length);
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        for (int k = 0; k < temps.length; k++) {
            mv.visitInsn(DUP);
            Emit.pushInt(mv, k);
            mv.visitVarInsn(ALOAD, temps[k]);
            mv.visitInsn(AASTORE);
        }
        mv.visitVarInsn(ASTORE, args);
        for (int i = open.size() - 1; i >= depth; i--) {
            OpenScope o = open.get(i);
            emitExit(o, args, false);
            if (o.holders() == null) continue;
            // given back: an error raised by a later release must not give them back again
            for (LocalVar v : o.holders()) {
                if (m.loc(v) instanceof Loc.Slot slot && !slot.boxed()) {
                    mv.visitInsn(ACONST_NULL);
                    mv.visitVarInsn(ASTORE, slot.slot());
                }
            }
        }
    }

    /** Gives back each holder's count, unless what leaves the scope (in {@code slot}) still reaches it. */
    private void releaseHolds(List<LocalVar> holders, int slot, String desc, String method) {
        for (int i = holders.size() - 1; i >= 0; i--) {
            m.loadVar(holders.get(i));
            mv.visitVarInsn(ALOAD, slot);
            mv.visitMethodInsn(INVOKESTATIC, SHARED, method, desc, false);
        }
    }
}
