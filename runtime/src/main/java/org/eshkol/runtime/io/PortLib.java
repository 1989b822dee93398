package org.eshkol.runtime.io;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.Eof;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;

/**
 * Port builtins: the predicates, the current ports, closing, string and bytevector ports, and the
 * end-of-file object.
 *
 * <p>{@code current-input-port} and friends here are calls of the parameters in
 * {@link StandardPorts}; {@code parameterize} needs the {@link org.eshkol.runtime.Parameter} objects
 * themselves as the values of those names (see {@link StandardPorts#INPUT}).
 */
public final class PortLib {
    private PortLib() {}

    @Builtin("port?")
    public static boolean isPort(Object p) { return p instanceof Port || p instanceof TcpConnection; }

    @Builtin("input-port?")
    public static boolean isInputPort(Object p) {
        return p instanceof TextInputPort || p instanceof BinaryInputPort || p instanceof TcpConnection;
    }

    @Builtin("output-port?")
    public static boolean isOutputPort(Object p) {
        return p instanceof TextOutputPort || p instanceof BinaryOutputPort || p instanceof TcpConnection;
    }

    @Builtin("textual-port?")
    public static boolean isTextualPort(Object p) {
        return p instanceof TextInputPort || p instanceof TextOutputPort || p instanceof TcpConnection;
    }

    @Builtin("binary-port?")
    public static boolean isBinaryPort(Object p) { return p instanceof BinaryInputPort || p instanceof BinaryOutputPort; }

    @Builtin("input-port-open?")
    public static boolean isInputPortOpen(Object p) {
        if (!isInputPort(p)) throw Errors.wrongType("input-port-open?", "an input port", p);
        if (p instanceof TcpConnection c) return c.input().isOpen();
        return ((Port) p).isOpen();
    }

    @Builtin("output-port-open?")
    public static boolean isOutputPortOpen(Object p) {
        if (!isOutputPort(p)) throw Errors.wrongType("output-port-open?", "an output port", p);
        if (p instanceof TcpConnection c) return c.output().isOpen();
        return ((Port) p).isOpen();
    }

    @Builtin("current-input-port")
    public static Object currentInputPort() { return StandardPorts.INPUT.get(); }

    @Builtin("current-output-port")
    public static Object currentOutputPort() { return StandardPorts.OUTPUT.get(); }

    @Builtin("current-error-port")
    public static Object currentErrorPort() { return StandardPorts.ERROR.get(); }

    @Builtin("close-port")
    public static void closePort(Object p) {
        if (p instanceof TcpConnection c) c.close();
        else PortArgs.port("close-port", p).close();
    }

    @Builtin("close-input-port")
    public static void closeInputPort(Object p) {
        if (!isInputPort(p)) throw Errors.wrongType("close-input-port", "an input port", p);
        if (p instanceof TcpConnection c) c.shutdownInput();
        else ((Port) p).close();
    }

    @Builtin("close-output-port")
    public static void closeOutputPort(Object p) {
        if (!isOutputPort(p)) throw Errors.wrongType("close-output-port", "an output port", p);
        if (p instanceof TcpConnection c) c.shutdownOutput();
        else ((Port) p).close();
    }

    @Builtin("open-input-string")
    public static Object openInputString(Object s) {
        return Port.openInputString(PortArgs.string("open-input-string", s).toString());
    }

    @Builtin("open-output-string")
    public static Object openOutputString() { return Port.openOutputString(); }

    @Builtin("get-output-string")
    public static Object getOutputString(Object p) {
        if (p instanceof TextOutputPort t && t.isStringPort()) return MString.of(t.contents());
        throw Errors.wrongType("get-output-string", "a string output port", p);
    }

    @Builtin("open-input-bytevector")
    public static Object openInputBytevector(Object bv) {
        return Port.openInputBytevector(PortArgs.bytevector("open-input-bytevector", bv).toByteArray());
    }

    @Builtin("open-output-bytevector")
    public static Object openOutputBytevector() { return Port.openOutputBytevector(); }

    @Builtin("get-output-bytevector")
    public static Object getOutputBytevector(Object p) {
        if (p instanceof BinaryOutputPort b && b.isBytevectorPort()) {
            byte[] c = b.contents();
            return Bytevector.copyOf(c, 0, c.length);
        }
        throw Errors.wrongType("get-output-bytevector", "a bytevector output port", p);
    }

    @Builtin("eof-object")
    public static Object eofObject() { return Eof.EOF; }

    @Builtin("eof-object?")
    public static boolean isEofObject(Object v) { return v == Eof.EOF; }
}
