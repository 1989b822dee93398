package org.eshkol.engine.codegen;

import static org.objectweb.asm.Opcodes.*;

import org.eshkol.analysis.ir.Core;
import org.eshkol.engine.builtins.BuiltinInfo;

/**
 * The generic arithmetic and comparisons that calls compile to directly: the method of
 * {@code org.eshkol.runtime.num.Arith} for the generic path, and, for comparisons, the jump that
 * leaves a fixnum fast path when the comparison of two {@code long}s (after {@code LCMP}) is false.
 */
enum ArithOp {
    ADD("add", -1), SUB("sub", -1), MUL("mul", -1),
    LT("lt", IFGE), LE("le", IFGT), EQ("numEq", IFNE), GT("gt", IFLE), GE("ge", IFLT);

    static final boolean AVAILABLE = classExists("org.eshkol.runtime.num.Arith");

    /** The method of {@code Arith}: {@code (Object, Object)Object}, or {@code (Object, Object)Z} for comparisons. */
    final String method;
    /** For comparisons: the jump taken after {@code LCMP} when the comparison is false. */
    final int falseJump;

    ArithOp(String method, int falseJump) {
        this.method = method;
        this.falseJump = falseJump;
    }

    boolean isComparison() { return falseJump >= 0; }

    /** The operation a builtin name stands for, or null. */
    static ArithOp named(String name) {
        return switch (name) {
            case "+" -> ADD;
            case "-" -> SUB;
            case "*" -> MUL;
            case "<" -> LT;
            case "<=" -> LE;
            case "=" -> EQ;
            case ">" -> GT;
            case ">=" -> GE;
            default -> null;
        };
    }

    /**
     * Whether a call with {@code argc} arguments compiles to this operation: two arguments, or more for
     * {@code +} and {@code *} (folded left: {@code (+ a b c)} is {@code (+ (+ a b) c)}).
     */
    boolean takes(int argc) {
        return argc == 2 || (argc > 2 && (this == ADD || this == MUL));
    }

    /** The operation a call compiles to (its operator names the builtin directly), or null. */
    static ArithOp of(UnitCompiler unit, Core.Call c) { return of(unit.directBuiltin(c.fn()), c.args().size()); }

    /** The operation a call of builtin {@code b} (null: not a builtin) with {@code argc} arguments compiles to, or null. */
    static ArithOp of(BuiltinInfo b, int argc) {
        if (!AVAILABLE || b == null) return null;
        ArithOp op = named(b.name());
        return op != null && op.takes(argc) ? op : null;
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name, false, ArithOp.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
