package org.eshkol.engine.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.List;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.source.Span;
import org.eshkol.engine.builtins.BuiltinInfo;
import org.eshkol.engine.builtins.BuiltinMethod;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Fixnum fast paths for arithmetic and comparisons that involve unboxed variables ({@link Loc.Fix}).
 *
 * <p>Each operation evaluates its operands once, left to right, into an {@link Operand}; tests that
 * each is a fixnum (an unboxed variable's object slot is null, an object is a {@code Long}); computes
 * on {@code long}s with an overflow check; and otherwise, on overflow or any other operand type,
 * calls {@code UnboxedArith}, which boxes and calls the same generic {@code Arith} method as a boxed
 * call would, with the same values, so results and error messages (and their positions) do not change.
 * Arithmetic nested in an operand is computed the same way into a temporary pair, without a box.
 */
final class FixnumCompiler {
    private static final String UNBOXED = "org/eshkol/runtime/num/UnboxedArith";
    private static final String PAIRS = "(JLjava/lang/Object;JLjava/lang/Object;)";
    private static final String LONG = "java/lang/Long";

    private final MethodCompiler m;
    private final MethodVisitor mv;

    FixnumCompiler(MethodCompiler m) {
        this.m = m;
        this.mv = m.mv;
    }

    /** An operand of a fast path, evaluated. */
    private sealed interface Operand {
        /** A fixnum constant. */
        record Constant(long value) implements Operand {}

        /** A value as an unboxed pair of slots (see {@link Loc.Fix}). */
        record Pair(int longSlot, int objSlot) implements Operand {}

        /** Any value, in an object slot. */
        record Obj(int slot) implements Operand {}
    }

    /** A {@code long} known in the fast path: a constant, or a local slot. */
    private record LongVal(long constant, int slot) {
        static LongVal of(long c) { return new LongVal(c, -1); }

        boolean isConstant() { return slot < 0; }
    }

    // ---------------------------------------------------------------- which calls

    /**
     * Whether {@code c} (a call of an {@link ArithOp}) gets a fast path here: no operand is a constant
     * other than a fixnum, and some operand is an unboxed variable or arithmetic that has one.
     */
    boolean worthy(Core.Call c) {
        return ArithOp.of(m.unit, c) != null && FixnumLoopVars.exactOperands(c) && involvesUnboxed(c) && roomFor(c);
    }

    private boolean involvesUnboxed(Core.Call c) {
        for (Core a : c.args()) {
            if (isUnboxed(a)) return true;
            if (a instanceof Core.Call inner && isExactArithmetic(inner) && involvesUnboxed(inner)) return true;
        }
        return false;
    }

    /**
     * Fast paths are several times the size of a generic call: they stop where they would take a method
     * past {@link #CODE_BUDGET} bytes, so that none grows past HotSpot's limit for compiling a method at
     * all (8,000 bytes).
     */
    private boolean roomFor(Core.Call c) { return m.codeSize() + BYTES_PER_OPERATION * operations(c) < CODE_BUDGET; }

    private static final int CODE_BUDGET = 5000;
    /** An upper bound of the size of one binary fast path with its slow path. */
    private static final int BYTES_PER_OPERATION = 80;

    /** The binary operations of {@code c} and of the arithmetic nested in it that is computed unboxed. */
    private int operations(Core.Call c) {
        int n = c.args().size() - 1;
        for (Core a : c.args()) if (a instanceof Core.Call inner && isExactArithmetic(inner)) n += operations(inner);
        return n;
    }

    private boolean isUnboxed(Core a) {
        return a instanceof Core.LocalRef r && m.loc(r.var()) instanceof Loc.Fix;
    }

    /** {@code + - *} with no constant operand other than a fixnum: computed as a pair when nested. */
    private boolean isExactArithmetic(Core.Call c) {
        ArithOp op = ArithOp.of(m.unit, c);
        return op != null && !op.isComparison() && FixnumLoopVars.exactOperands(c);
    }

    /**
     * For {@code zero? positive? negative?}: the jump after comparing a fixnum with 0 ({@code LCMP})
     * that is taken when the predicate is false; -1 for any other name.
     */
    static int signFalseJump(String name) {
        return switch (name) {
            case "zero?" -> IFNE;
            case "positive?" -> IFLE;
            case "negative?" -> IFGE;
            default -> -1;
        };
    }

    /** Whether {@code c} is {@code (zero? v)} (or {@code positive?}, {@code negative?}) of an unboxed variable. */
    boolean isSignTest(Core.Call c, BuiltinInfo b) {
        if (c.args().size() != 1 || signFalseJump(b.name()) < 0 || !isUnboxed(c.args().get(0))) return false;
        BuiltinMethod method = b.forArgc(1);
        return method != null && method.descriptor().equals("(Ljava/lang/Object;)Z");
    }

    /**
     * An {@link #isSignTest}: jumps to {@code ifFalse} when it is false. A fixnum is compared with 0;
     * any other value goes to the builtin's method, so its errors are unchanged.
     */
    void emitSignTest(Core.Call c, BuiltinInfo b, Label ifFalse) {
        Loc.Fix f = (Loc.Fix) m.loc(((Core.LocalRef) c.args().get(0)).var());
        BuiltinMethod method = b.forArgc(1);
        Label slow = new Label();
        Label done = new Label();
        mv.visitVarInsn(ALOAD, f.objSlot());
        mv.visitJumpInsn(IFNONNULL, slow);
        mv.visitVarInsn(LLOAD, f.longSlot());
        mv.visitInsn(LCONST_0);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(signFalseJump(b.name()), ifFalse);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(slow);
        mv.visitVarInsn(ALOAD, f.objSlot());
        m.line(c.span());
        mv.visitMethodInsn(INVOKESTATIC, method.ownerInternal(), method.name(), method.descriptor(), false);
        mv.visitJumpInsn(IFEQ, ifFalse);
        mv.visitLabel(done);
    }

    /** An {@link #isSignTest} whose value is needed: pushes #t or #f. */
    void emitSignValue(Core.Call c, BuiltinInfo b) {
        Label no = new Label();
        Label done = new Label();
        emitSignTest(c, b, no);
        pushBoolean(no, done);
    }

    /** After a test that fell through when true and jumped to {@code no} when false: pushes #t or #f. */
    private void pushBoolean(Label no, Label done) {
        mv.visitFieldInsn(GETSTATIC, "java/lang/Boolean", "TRUE", "Ljava/lang/Boolean;");
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(no);
        mv.visitFieldInsn(GETSTATIC, "java/lang/Boolean", "FALSE", "Ljava/lang/Boolean;");
        mv.visitLabel(done);
    }

    // ---------------------------------------------------------------- entry points

    /** Pushes the value of a {@link #worthy} call as an object. */
    void emitValue(Core.Call c) {
        ArithOp op = ArithOp.of(m.unit, c);
        if (op.isComparison()) {
            Label no = new Label();
            Label done = new Label();
            emitTest(c, no);
            pushBoolean(no, done);
        } else {
            arithmetic(op, c, -1, -1);
        }
    }

    /** A {@link #worthy} comparison: jumps to {@code ifFalse} when it is false, falls through otherwise. */
    void emitTest(Core.Call c, Label ifFalse) {
        ArithOp op = ArithOp.of(m.unit, c);
        Operand a = operand(c.args().get(0));
        Operand b = operand(c.args().get(1));
        Label slow = new Label();
        Label done = new Label();
        test(a, slow);
        test(b, slow);
        pushLong(a);
        pushLong(b);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(op.falseJump, ifFalse);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(slow);
        pushPair(a);
        pushPair(b);
        m.line(c.span());
        mv.visitMethodInsn(INVOKESTATIC, UNBOXED, op.method, PAIRS + "Z", false);
        mv.visitJumpInsn(IFEQ, ifFalse);
        mv.visitLabel(done);
    }

    /**
     * Evaluates {@code e} into the pair of slots {@code longSlot}/{@code objSlot} (see {@link Loc.Fix}),
     * writing both on every path: without a box when it is a fixnum constant, an unboxed variable or
     * exact arithmetic (also as a branch of an {@code if}); otherwise as an object, unboxed when it is a
     * {@code Long}.
     */
    void emitPair(Core e, int longSlot, int objSlot) {
        if (e instanceof Core.Const c && FixnumLoopVars.fixnum(c) != null) {
            mv.visitLdcInsn(FixnumLoopVars.fixnum(c));
            mv.visitVarInsn(LSTORE, longSlot);
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, objSlot);
        } else if (e instanceof Core.LocalRef r && m.loc(r.var()) instanceof Loc.Fix f) {
            copyPair(f.longSlot(), f.objSlot(), longSlot, objSlot);
        } else if (e instanceof Core.Call c && isExactArithmetic(c) && roomFor(c)) {
            m.line(c.span());
            arithmetic(ArithOp.of(m.unit, c), c, longSlot, objSlot);
        } else if (e instanceof Core.If i) {
            // each branch makes its value as a pair: (if c (+ x 1) x) needs no box either way
            Label otherwise = new Label();
            Label done = new Label();
            m.emitTest(i.test(), otherwise);
            emitPair(i.then(), longSlot, objSlot);
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(otherwise);
            emitPair(i.otherwise(), longSlot, objSlot);
            mv.visitLabel(done);
        } else {
            m.emit(e, Ctx.VALUE);
            storeObject(longSlot, objSlot);
        }
    }

    /** Copies the unboxed pair in {@code fromLong}/{@code fromObj} to {@code toLong}/{@code toObj}. */
    void copyPair(int fromLong, int fromObj, int toLong, int toObj) {
        mv.visitVarInsn(LLOAD, fromLong);
        mv.visitVarInsn(LSTORE, toLong);
        mv.visitVarInsn(ALOAD, fromObj);
        mv.visitVarInsn(ASTORE, toObj);
    }

    /** Pushes an unboxed variable's value as an object: its object slot, or a {@code Long}. */
    void box(Loc.Fix f) {
        mv.visitVarInsn(ALOAD, f.objSlot());
        mv.visitVarInsn(LLOAD, f.longSlot());
        mv.visitMethodInsn(INVOKESTATIC, UNBOXED, "box", "(Ljava/lang/Object;J)Ljava/lang/Object;", false);
    }

    // ---------------------------------------------------------------- arithmetic

    /**
     * {@code (op a b c ...)}, folded left; the result goes to the pair {@code longSlot}/{@code objSlot},
     * or on the stack as an object when {@code longSlot < 0}.
     */
    private void arithmetic(ArithOp op, Core.Call c, int longSlot, int objSlot) {
        List<Core> args = c.args();
        Operand acc = operand(args.get(0));
        for (int k = 1; k < args.size(); k++) {
            Operand next = operand(args.get(k));
            if (k == args.size() - 1) {
                binary(op, acc, next, c.span(), longSlot, objSlot);
            } else {
                int l = m.newLongSlot();
                int o = m.newSlot();
                binary(op, acc, next, c.span(), l, o);
                acc = new Operand.Pair(l, o);
            }
        }
    }

    private void binary(ArithOp op, Operand a, Operand b, Span span, int longSlot, int objSlot) {
        Label slow = new Label();
        Label done = new Label();
        test(a, slow);
        test(b, slow);
        LongVal x = longVal(a);
        LongVal y = longVal(b);
        // a target pair is always new, never an operand's: the result can go straight into it
        int r = longSlot >= 0 ? longSlot : m.newLongSlot();
        push(x);
        push(y);
        mv.visitInsn(op == ArithOp.ADD ? LADD : op == ArithOp.SUB ? LSUB : LMUL);
        mv.visitVarInsn(LSTORE, r);
        overflowCheck(op, x, y, r, slow);
        if (longSlot >= 0) {
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, objSlot);
        } else {
            mv.visitVarInsn(LLOAD, r);
            mv.visitMethodInsn(INVOKESTATIC, LONG, "valueOf", "(J)Ljava/lang/Long;", false);
        }
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(slow);
        pushPair(a);
        pushPair(b);
        m.line(span);
        mv.visitMethodInsn(INVOKESTATIC, UNBOXED, op.method, PAIRS + "Ljava/lang/Object;", false);
        if (longSlot >= 0) storeObject(longSlot, objSlot);
        mv.visitLabel(done);
    }

    /** Jumps to {@code slow} when {@code r = x op y} overflowed. */
    private void overflowCheck(ArithOp op, LongVal x, LongVal y, int r, Label slow) {
        LongVal res = new LongVal(0, r);
        switch (op) {
            case ADD -> {
                if (y.isConstant() || x.isConstant()) {
                    // x + c overflowed exactly when the sum moved the wrong way
                    long c = y.isConstant() ? y.constant() : x.constant();
                    if (c != 0) jumpIfCompared(res, y.isConstant() ? x : y, c > 0 ? IFLT : IFGT, slow);
                } else {
                    jumpIfBothNegative(x, res, y, res, slow); // ((x ^ r) & (y ^ r)) < 0
                }
            }
            case SUB -> {
                if (y.isConstant()) {
                    long c = y.constant();
                    if (c != 0) jumpIfCompared(res, x, c > 0 ? IFGT : IFLT, slow);
                } else {
                    jumpIfBothNegative(x, y, x, res, slow); // ((x ^ y) & (x ^ r)) < 0
                }
            }
            case MUL -> {
                // the high half of the 128-bit product is the sign extension of the low half
                push(x);
                push(y);
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "multiplyHigh", "(JJ)J", false);
                mv.visitVarInsn(LLOAD, r);
                mv.visitIntInsn(BIPUSH, 63);
                mv.visitInsn(LSHR);
                mv.visitInsn(LCMP);
                mv.visitJumpInsn(IFNE, slow);
            }
            default -> throw new IllegalStateException("not arithmetic: " + op);
        }
    }

    /** Jumps to {@code slow} when comparing {@code a} with {@code b} ({@code LCMP}) satisfies {@code condition}. */
    private void jumpIfCompared(LongVal a, LongVal b, int condition, Label slow) {
        push(a);
        push(b);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(condition, slow);
    }

    /** Jumps to {@code slow} when {@code (a ^ b) & (c ^ d)} is negative: both pairs differ in sign. */
    private void jumpIfBothNegative(LongVal a, LongVal b, LongVal c, LongVal d, Label slow) {
        push(a);
        push(b);
        mv.visitInsn(LXOR);
        push(c);
        push(d);
        mv.visitInsn(LXOR);
        mv.visitInsn(LAND);
        mv.visitInsn(LCONST_0);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFLT, slow);
    }

    // ---------------------------------------------------------------- operands

    /** Evaluates an operand (nothing to do for constants and unboxed variables). */
    private Operand operand(Core a) {
        if (a instanceof Core.Const c && FixnumLoopVars.fixnum(c) != null) return new Operand.Constant(FixnumLoopVars.fixnum(c));
        if (a instanceof Core.LocalRef r && m.loc(r.var()) instanceof Loc.Fix f) return new Operand.Pair(f.longSlot(), f.objSlot());
        if (a instanceof Core.Call c && isExactArithmetic(c)) {
            int l = m.newLongSlot();
            int o = m.newSlot();
            m.line(c.span());
            arithmetic(ArithOp.of(m.unit, c), c, l, o);
            return new Operand.Pair(l, o);
        }
        m.emit(a, Ctx.VALUE);
        int t = m.newSlot();
        mv.visitVarInsn(ASTORE, t);
        return new Operand.Obj(t);
    }

    /** Jumps to {@code slow} unless the operand is a fixnum. */
    private void test(Operand a, Label slow) {
        // instanceof rather than pattern switches: each switch's bootstrap costs the first compilation in a JVM
        if (a instanceof Operand.Pair p) {
            mv.visitVarInsn(ALOAD, p.objSlot());
            mv.visitJumpInsn(IFNONNULL, slow);
        } else if (a instanceof Operand.Obj o) {
            mv.visitVarInsn(ALOAD, o.slot());
            mv.visitTypeInsn(INSTANCEOF, LONG);
            mv.visitJumpInsn(IFEQ, slow);
        }
    }

    /** Pushes a tested operand as a {@code long}. */
    private void pushLong(Operand a) {
        if (a instanceof Operand.Constant c) {
            mv.visitLdcInsn(c.value());
        } else if (a instanceof Operand.Pair p) {
            mv.visitVarInsn(LLOAD, p.longSlot());
        } else {
            mv.visitVarInsn(ALOAD, ((Operand.Obj) a).slot());
            mv.visitTypeInsn(CHECKCAST, LONG);
            mv.visitMethodInsn(INVOKEVIRTUAL, LONG, "longValue", "()J", false);
        }
    }

    /** A tested operand as a constant or a long slot (an object is unboxed into a new slot). */
    private LongVal longVal(Operand a) {
        if (a instanceof Operand.Constant c) return LongVal.of(c.value());
        if (a instanceof Operand.Pair p) return new LongVal(0, p.longSlot());
        int s = m.newLongSlot();
        pushLong(a);
        mv.visitVarInsn(LSTORE, s);
        return new LongVal(0, s);
    }

    private void push(LongVal v) {
        if (v.isConstant()) mv.visitLdcInsn(v.constant());
        else mv.visitVarInsn(LLOAD, v.slot());
    }

    /** Pushes an operand as a pair {@code long, Object} (see {@code UnboxedArith}). */
    private void pushPair(Operand a) {
        if (a instanceof Operand.Constant c) {
            mv.visitLdcInsn(c.value());
            mv.visitInsn(ACONST_NULL);
        } else if (a instanceof Operand.Pair p) {
            mv.visitVarInsn(LLOAD, p.longSlot());
            mv.visitVarInsn(ALOAD, p.objSlot());
        } else {
            mv.visitInsn(LCONST_0);
            mv.visitVarInsn(ALOAD, ((Operand.Obj) a).slot());
        }
    }

    /** Stores the object on the stack into a pair: unboxed when it is a {@code Long}. */
    void storeObject(int longSlot, int objSlot) {
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESTATIC, UNBOXED, "longOf", "(Ljava/lang/Object;)J", false);
        mv.visitVarInsn(LSTORE, longSlot);
        mv.visitMethodInsn(INVOKESTATIC, UNBOXED, "objectOf", "(Ljava/lang/Object;)Ljava/lang/Object;", false);
        mv.visitVarInsn(ASTORE, objSlot);
    }
}
