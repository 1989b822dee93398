package org.eshkol.runtime.control;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.DynamicState;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Parameter;
import org.eshkol.runtime.Procedure;

/** {@code make-parameter} and {@code %parameterize}, the run-time half of {@code parameterize}. */
public final class ParameterLib {
    private ParameterLib() {}

    @Builtin("make-parameter")
    public static Object makeParameter(Object value) { return new Parameter(null, value, null); }

    /** The converter is applied to {@code value} now and to every {@code parameterize}d value. */
    @Builtin("make-parameter")
    public static Object makeParameter(Object value, Object converter) {
        if (!(converter instanceof Procedure c)) throw Errors.wrongType("make-parameter", "a procedure", converter);
        return new Parameter(null, value, c);
    }

    /**
     * Binds each parameter of the list {@code params} to the matching element of {@code values}
     * (passed through the parameter's converter, in the outer dynamic environment) for the dynamic
     * extent of {@code thunk}, and returns the thunk's value.
     */
    @Builtin("%parameterize")
    public static Object parameterize(Object params, Object values, Object thunk) {
        Procedure body = org.eshkol.runtime.Calls.asProcedure(thunk);
        DynamicState ds = DynamicState.current();
        DynamicState.ParamBinding saved = ds.params;
        DynamicState.ParamBinding bindings = saved;
        Object ps = params;
        Object vs = values;
        for (; ps instanceof Pair p && vs instanceof Pair v; ps = p.cdr, vs = v.cdr) {
            if (!(p.car instanceof Parameter param)) throw Errors.wrongType("parameterize", "a parameter", p.car);
            Procedure conv = param.converter();
            bindings = new DynamicState.ParamBinding(param, conv == null ? v.car : conv.call1(v.car), bindings);
        }
        if (ps instanceof Pair || vs instanceof Pair) {
            throw Errors.error("parameterize: as many values as parameters expected");
        }
        ds.params = bindings;
        try {
            return body.call0();
        } finally {
            ds.params = saved;
        }
    }
}
