package org.eshkol.runtime;

/**
 * A parameter object ({@code make-parameter}). Calling it with no arguments returns its value in the
 * current thread's dynamic environment: the innermost {@code parameterize} binding, or else its
 * global value. The converter, when present, was applied to the initial value and is applied to
 * every {@code parameterize}d value.
 */
public final class Parameter extends Procedure {
    private volatile Object globalValue;
    private final Procedure converter;
    private final String name;

    public Parameter(String name, Object initial, Procedure converter) {
        this.name = name;
        this.converter = converter;
        this.globalValue = converter == null ? initial : converter.call1(initial);
    }

    /** The converter, or null. */
    public Procedure converter() { return converter; }

    /** The value in the current dynamic environment. */
    public Object get() {
        for (DynamicState.ParamBinding b = DynamicState.current().params; b != null; b = b.next) {
            if (b.parameter == this) return b.value;
        }
        return globalValue;
    }

    /** Sets the innermost binding (or the global value when not parameterized). */
    public void set(Object v) {
        for (DynamicState.ParamBinding b = DynamicState.current().params; b != null; b = b.next) {
            if (b.parameter == this) {
                b.value = v;
                return;
            }
        }
        globalValue = v;
    }

    @Override
    public String name() { return name; }

    @Override
    public Object apply0() { return get(); }

    @Override
    public Object applyN(Object[] args) {
        if (args.length == 0) return get();
        throw Errors.arity(name == null ? "parameter" : name, "0", args.length);
    }
}
