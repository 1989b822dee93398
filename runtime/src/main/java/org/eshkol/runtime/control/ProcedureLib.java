package org.eshkol.runtime.control;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MultipleValues;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.TailCall;

/** {@code procedure?}, {@code apply}, {@code values} and {@code call-with-values}. */
public final class ProcedureLib {
    private ProcedureLib() {}

    @Builtin("procedure?")
    public static boolean isProcedure(Object x) { return x instanceof Procedure; }

    /** {@code (apply f a ... list)}: a tail call of {@code f} with the spread arguments. */
    @Builtin(value = "apply", tail = true)
    public static Object apply(Object f, Object[] args) {
        if (!(f instanceof Procedure p)) throw Errors.notProcedure(f);
        if (args.length == 0) throw Errors.arity("apply", "at least 2", 1);
        return TailCall.ofArgs(p, spread(args));
    }

    /** The leading arguments followed by the elements of the last one, which must be a list. */
    private static Object[] spread(Object[] args) {
        int fixed = args.length - 1;
        Object list = args[fixed];
        int n = org.eshkol.runtime.data.Lists.properLength(list);
        if (n < 0) throw Errors.wrongType("apply", "a list", list);
        Object[] out = new Object[fixed + n];
        System.arraycopy(args, 0, out, 0, fixed);
        for (int i = fixed; list instanceof Pair p; list = p.cdr) out[i++] = p.car;
        return out;
    }

    /** One value is the value itself; any other number of values is a {@link MultipleValues}. */
    @Builtin("values")
    public static Object values(Object[] vals) {
        return vals.length == 1 ? vals[0] : new MultipleValues(vals);
    }

    /** Calls {@code producer} with no arguments and tail-calls {@code consumer} with its values. */
    @Builtin(value = "call-with-values", tail = true)
    public static Object callWithValues(Object producer, Object consumer) {
        Procedure prod = org.eshkol.runtime.Calls.asProcedure(producer);
        Procedure cons = org.eshkol.runtime.Calls.asProcedure(consumer);
        Object v = prod.call0();
        if (v instanceof MultipleValues mv) return TailCall.ofArgs(cons, mv.values.clone());
        return TailCall.of1(cons, v);
    }
}
