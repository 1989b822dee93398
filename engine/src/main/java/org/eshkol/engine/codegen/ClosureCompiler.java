package org.eshkol.engine.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.LocalVar;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Compiles one {@code lambda} to a final subclass of {@code Procedure}: a field per captured
 * variable, a constructor that takes them, and the body in the fixed-arity entry {@code applyK}
 * (K = 0..4) or, for rest parameters and more than four parameters, in {@code applyN}.
 */
final class ClosureCompiler {
    /** A compiled procedure class and how to construct it. */
    record Compiled(String className, List<Loc.Field> fields, Map<Loc.Field, LocalVar> sources, String constructorDesc) {
        LocalVar source(Loc.Field f) { return sources.get(f); }
    }

    /** The field of every closure holding the global cells of the environment it was created in. */
    static final String GLOBALS_FIELD = "g";

    private ClosureCompiler() {}

    static Compiled compile(UnitCompiler unit, Core.Lambda l, SelfInfo self, String className) {
        List<LocalVar> free = unit.facts().freeVariables(l);
        List<Loc.Field> fields = new ArrayList<>();
        Map<Loc.Field, LocalVar> sources = new IdentityHashMap<>();
        StringBuilder ctor = new StringBuilder("(" + Emit.GLOBALS_DESC);
        for (int i = 0; i < free.size(); i++) {
            LocalVar v = free.get(i);
            Loc.Field f = new Loc.Field(className, "v" + i, unit.isBoxed(v));
            fields.add(f);
            sources.put(f, v);
            ctor.append(f.desc());
        }
        ctor.append(")V");
        Compiled compiled = new Compiled(className, List.copyOf(fields), sources, ctor.toString());

        ClassWriter cw = Emit.classWriter();
        cw.visit(V21, ACC_FINAL | ACC_SUPER, className, null, Emit.PROC, null);
        cw.visitSource(unit.fileName(), null);
        cw.visitField(ACC_FINAL, GLOBALS_FIELD, Emit.GLOBALS_DESC, null, null).visitEnd();
        for (Loc.Field f : fields) cw.visitField(0, f.name(), f.desc(), null, null).visitEnd();
        emitConstructor(cw, compiled);
        if (l.name() != null) emitName(cw, l.name());
        if (!fields.isEmpty()) emitCapturedValues(cw, compiled);
        int n = l.requiredCount();
        if (!l.hasRest() && n <= 4) {
            emitFixedDispatch(cw, className, l);
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_FINAL, "apply" + n, Emit.objects(n, "Ljava/lang/Object;"), null, null);
            mv.visitCode();
            MethodCompiler mc = new MethodCompiler(unit, mv, className, self, 1 + n);
            bindFree(mc, compiled);
            for (int i = 0; i < n; i++) bindParam(mc, l.params().get(i), 1 + i);
            body(mc, l);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            unit.addSites(className, "apply" + n, mc.siteTable());
        } else {
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_FINAL, "applyN", "([Ljava/lang/Object;)Ljava/lang/Object;", null, null);
            mv.visitCode();
            arityCheck(mv, l, n);
            MethodCompiler mc = new MethodCompiler(unit, mv, className, self, 2);
            bindFree(mc, compiled);
            for (int i = 0; i < n; i++) {
                int slot = mc.newSlot();
                mv.visitVarInsn(ALOAD, 1);
                Emit.pushInt(mv, i);
                mv.visitInsn(AALOAD);
                mv.visitVarInsn(ASTORE, slot);
                bindParam(mc, l.params().get(i), slot);
            }
            if (l.hasRest()) {
                int slot = mc.newSlot();
                mv.visitVarInsn(ALOAD, 1);
                Emit.pushInt(mv, n);
                mv.visitMethodInsn(INVOKESTATIC, Emit.CALLS, "restList", "([Ljava/lang/Object;I)Ljava/lang/Object;", false);
                mv.visitVarInsn(ASTORE, slot);
                bindParam(mc, l.rest(), slot);
            }
            body(mc, l);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            unit.addSites(className, "applyN", mc.siteTable());
        }
        cw.visitEnd();
        unit.addClass(className, cw.toByteArray());
        return compiled;
    }

    private static void body(MethodCompiler mc, Core.Lambda l) {
        mc.params = l.params();
        unboxParams(mc, l);
        mc.start = new Label();
        mc.mv.visitLabel(mc.start);
        mc.line(l.body().span());
        mc.emit(l.body(), Ctx.TAIL);
    }

    /**
     * Parameters that live unboxed ({@link FixnumLoopVars}, for procedures whose self tail calls are
     * jumps): each argument is split into a pair before the start that self tail calls jump to.
     */
    private static void unboxParams(MethodCompiler mc, Core.Lambda l) {
        boolean[] unboxed = FixnumLoopVars.decide(mc.unit, l, mc.self);
        for (int k = 0; k < unboxed.length; k++) {
            if (!unboxed[k]) continue;
            LocalVar p = l.params().get(k);
            mc.mv.visitVarInsn(ALOAD, ((Loc.Slot) mc.loc(p)).slot());
            int longSlot = mc.newLongSlot();
            int objSlot = mc.newSlot();
            mc.fixnums.storeObject(longSlot, objSlot);
            mc.bind(p, new Loc.Fix(longSlot, objSlot));
        }
    }

    private static void bindFree(MethodCompiler mc, Compiled c) {
        for (Loc.Field f : c.fields()) mc.bind(c.source(f), f);
    }

    private static void bindParam(MethodCompiler mc, LocalVar p, int slot) {
        boolean boxed = mc.unit.decideBoxed(p, false);
        if (boxed) {
            mc.newBox(() -> mc.mv.visitVarInsn(ALOAD, slot));
            mc.mv.visitVarInsn(ASTORE, slot);
        }
        mc.bind(p, new Loc.Slot(slot, boxed));
    }

    private static void emitConstructor(ClassWriter cw, Compiled c) {
        MethodVisitor mv = cw.visitMethod(0, "<init>", c.constructorDesc(), null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, Emit.PROC, "<init>", "()V", false);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitFieldInsn(PUTFIELD, c.className(), GLOBALS_FIELD, Emit.GLOBALS_DESC);
        for (int i = 0; i < c.fields().size(); i++) {
            Loc.Field f = c.fields().get(i);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(ALOAD, i + 2);
            mv.visitFieldInsn(PUTFIELD, c.className(), f.name(), f.desc());
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** {@code capturedValues()}: the captured fields (boxes as boxes), for region promotion. */
    private static void emitCapturedValues(ClassWriter cw, Compiled c) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "capturedValues", "()[Ljava/lang/Object;", null, null);
        mv.visitCode();
        Emit.pushInt(mv, c.fields().size());
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        for (int i = 0; i < c.fields().size(); i++) {
            Loc.Field f = c.fields().get(i);
            mv.visitInsn(DUP);
            Emit.pushInt(mv, i);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, c.className(), f.name(), f.desc());
            mv.visitInsn(AASTORE);
        }
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void emitName(ClassWriter cw, String name) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "name", "()Ljava/lang/String;", null, null);
        mv.visitCode();
        mv.visitLdcInsn(name);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** {@code applyN} of a fixed-arity procedure: checks the count and calls {@code applyK}. */
    private static void emitFixedDispatch(ClassWriter cw, String className, Core.Lambda l) {
        int n = l.requiredCount();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_FINAL, "applyN", "([Ljava/lang/Object;)Ljava/lang/Object;", null, null);
        mv.visitCode();
        arityCheck(mv, l, n);
        mv.visitVarInsn(ALOAD, 0);
        for (int i = 0; i < n; i++) {
            mv.visitVarInsn(ALOAD, 1);
            Emit.pushInt(mv, i);
            mv.visitInsn(AALOAD);
        }
        mv.visitMethodInsn(INVOKEVIRTUAL, className, "apply" + n, Emit.objects(n, "Ljava/lang/Object;"), false);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void arityCheck(MethodVisitor mv, Core.Lambda l, int n) {
        Label ok = new Label();
        mv.visitVarInsn(ALOAD, 1);
        mv.visitInsn(ARRAYLENGTH);
        Emit.pushInt(mv, n);
        mv.visitJumpInsn(l.hasRest() ? IF_ICMPGE : IF_ICMPEQ, ok);
        // an anonymous procedure is named by where it was written
        mv.visitLdcInsn(l.name() != null ? l.name() : "#<procedure at " + l.span().position() + ">");
        Emit.pushInt(mv, n);
        Emit.pushInt(mv, l.hasRest() ? 1 : 0);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitInsn(ARRAYLENGTH);
        mv.visitMethodInsn(INVOKESTATIC, Emit.CALLS, "arity", "(Ljava/lang/String;IZI)Lorg/eshkol/runtime/SchemeError;", false);
        mv.visitInsn(ATHROW);
        mv.visitLabel(ok);
    }

    /** Pushes a new {@code CaseLambdaProcedure} of a closure per clause (in the method {@code m} compiles). */
    static void makeCaseLambda(MethodCompiler m, Core.CaseLambda cl) {
        MethodVisitor mv = m.mv;
        int n = cl.clauses().size();
        mv.visitTypeInsn(NEW, "org/eshkol/runtime/CaseLambdaProcedure");
        mv.visitInsn(DUP);
        if (cl.name() == null) mv.visitInsn(ACONST_NULL);
        else mv.visitLdcInsn(cl.name());
        Emit.pushInt(mv, n);
        mv.visitTypeInsn(ANEWARRAY, Emit.PROC);
        for (int k = 0; k < n; k++) {
            mv.visitInsn(DUP);
            Emit.pushInt(mv, k);
            m.makeClosure(cl.clauses().get(k), null);
            mv.visitInsn(AASTORE);
        }
        Emit.pushInt(mv, n);
        mv.visitIntInsn(NEWARRAY, T_INT);
        for (int k = 0; k < n; k++) {
            mv.visitInsn(DUP);
            Emit.pushInt(mv, k);
            Emit.pushInt(mv, cl.clauses().get(k).requiredCount());
            mv.visitInsn(IASTORE);
        }
        Emit.pushInt(mv, n);
        mv.visitIntInsn(NEWARRAY, T_BOOLEAN);
        for (int k = 0; k < n; k++) {
            mv.visitInsn(DUP);
            Emit.pushInt(mv, k);
            Emit.pushInt(mv, cl.clauses().get(k).hasRest() ? 1 : 0);
            mv.visitInsn(BASTORE);
        }
        mv.visitMethodInsn(INVOKESPECIAL, "org/eshkol/runtime/CaseLambdaProcedure", "<init>",
                "(Ljava/lang/String;[Lorg/eshkol/runtime/Procedure;[I[Z)V", false);
    }
}
