package org.eshkol.runtime.io;

import org.eshkol.runtime.DynamicState;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.Parameter;
import org.eshkol.runtime.Procedure;

/**
 * The current input, output and error ports. Each is a {@link Parameter}, so {@code parameterize}
 * rebinds it; its converter accepts only an open-or-closed textual port of the right direction. Until
 * the engine calls {@link #setDefaults}, they wrap {@code System.in}, {@code System.out} and
 * {@code System.err} (UTF-8, flushing after every operation).
 */
public final class StandardPorts {
    private StandardPorts() {}

    @org.eshkol.runtime.Builtin("current-input-port")
    public static final Parameter INPUT = new Parameter("current-input-port",
            Port.ofTextInput(System.in), new Check("current-input-port", true));

    @org.eshkol.runtime.Builtin("current-output-port")
    public static final Parameter OUTPUT = new Parameter("current-output-port",
            Port.ofTextOutput(System.out, true), new Check("current-output-port", false));

    @org.eshkol.runtime.Builtin("current-error-port")
    public static final Parameter ERROR = new Parameter("current-error-port",
            Port.ofTextOutput(System.err, true), new Check("current-error-port", false));

    /**
     * Sets the global values of the three port parameters (the engine calls this once it has wrapped
     * its streams or a JSR-223 context's reader and writers). Call it outside any {@code parameterize}:
     * inside one, a parameter's innermost binding is what changes.
     */
    public static void setDefaults(Port in, Port out, Port err) {
        INPUT.set(INPUT.converter().call1(in));
        OUTPUT.set(OUTPUT.converter().call1(out));
        ERROR.set(ERROR.converter().call1(err));
    }

    public static TextInputPort input() { return (TextInputPort) INPUT.get(); }

    public static TextOutputPort output() { return (TextOutputPort) OUTPUT.get(); }

    public static TextOutputPort error() { return (TextOutputPort) ERROR.get(); }

    /**
     * Flushes the current output and error ports: the engine calls it when a script ends, and input
     * ports call it before they block, so that a prompt shows before input is read.
     */
    public static void flush() {
        output().flush();
        error().flush();
    }

    /**
     * Calls {@code thunk} with {@code param} bound to {@code value} and restores the previous bindings
     * afterwards, however the call ends.
     */
    static Object callWith(Parameter param, Object value, Procedure thunk) {
        DynamicState ds = DynamicState.current();
        DynamicState.ParamBinding saved = ds.params;
        ds.params = new DynamicState.ParamBinding(param, value, saved);
        try {
            return thunk.call0();
        } finally {
            ds.params = saved;
        }
    }

    /** The converter of a port parameter: checks that the new value is a textual port of its direction. */
    private static final class Check extends Procedure {
        private final String name;
        private final boolean input;

        Check(String name, boolean input) {
            this.name = name;
            this.input = input;
        }

        @Override
        public String name() { return name; }

        @Override
        public Object apply1(Object v) {
            if (input ? v instanceof TextInputPort : v instanceof TextOutputPort) return v;
            throw Errors.wrongType(name, input ? "a textual input port" : "a textual output port", v);
        }

        @Override
        public Object applyN(Object[] args) {
            if (args.length != 1) throw Errors.arity(name, "1", args.length);
            return apply1(args[0]);
        }
    }
}
