package org.eshkol.runtime.io;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Procedure;

/**
 * Builtins that run a procedure with a port: {@code call-with-port call-with-input-file
 * call-with-output-file with-input-from-file with-output-to-file call-with-output-string} and the
 * Eshkol extra {@code with-output-to-string}. The {@code with-} forms rebind the current port
 * parameter for the call; every form closes the port it opened (or was given) when the call ends,
 * normally or by an escape.
 */
public final class RedirectLib {
    private RedirectLib() {}

    @Builtin("call-with-port")
    public static Object callWithPort(Object port, Object proc) {
        Port p = PortArgs.port("call-with-port", port);
        Procedure f = PortArgs.procedure("call-with-port", proc);
        try {
            return f.call1(p);
        } finally {
            p.close();
        }
    }

    @Builtin("call-with-input-file")
    public static Object callWithInputFile(Object name, Object proc) {
        Procedure f = PortArgs.procedure("call-with-input-file", proc);
        return callWithPort(FilePorts.openTextInput("call-with-input-file", PortArgs.string("call-with-input-file", name).toString()), f);
    }

    @Builtin("call-with-output-file")
    public static Object callWithOutputFile(Object name, Object proc) {
        Procedure f = PortArgs.procedure("call-with-output-file", proc);
        return callWithPort(FilePorts.openTextOutput("call-with-output-file", PortArgs.string("call-with-output-file", name).toString()), f);
    }

    @Builtin("with-input-from-file")
    public static Object withInputFromFile(Object name, Object thunk) {
        Procedure f = PortArgs.procedure("with-input-from-file", thunk);
        Port p = FilePorts.openTextInput("with-input-from-file", PortArgs.string("with-input-from-file", name).toString());
        try {
            return StandardPorts.callWith(StandardPorts.INPUT, p, f);
        } finally {
            p.close();
        }
    }

    @Builtin("with-output-to-file")
    public static Object withOutputToFile(Object name, Object thunk) {
        Procedure f = PortArgs.procedure("with-output-to-file", thunk);
        Port p = FilePorts.openTextOutput("with-output-to-file", PortArgs.string("with-output-to-file", name).toString());
        try {
            return StandardPorts.callWith(StandardPorts.OUTPUT, p, f);
        } finally {
            p.close();
        }
    }

    /** Calls {@code proc} with a fresh string port; returns what was written to it. */
    @Builtin("call-with-output-string")
    public static Object callWithOutputString(Object proc) {
        Procedure f = PortArgs.procedure("call-with-output-string", proc);
        TextOutputPort p = Port.openOutputString();
        f.call1(p);
        return MString.of(p.contents());
    }

    /** Eshkol extra: calls {@code thunk} with output going to a string; returns the string. */
    @Builtin("with-output-to-string")
    public static Object withOutputToString(Object thunk) {
        Procedure f = PortArgs.procedure("with-output-to-string", thunk);
        TextOutputPort p = Port.openOutputString();
        StandardPorts.callWith(StandardPorts.OUTPUT, p, f);
        return MString.of(p.contents());
    }
}
