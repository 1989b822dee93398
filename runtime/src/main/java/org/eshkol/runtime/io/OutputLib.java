package org.eshkol.runtime.io;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;

/**
 * Output builtins: {@code display write write-shared write-simple write-line newline write-char
 * write-string write-u8 write-bytevector flush-output-port}. The port argument is optional and
 * defaults to the current output port.
 */
public final class OutputLib {
    private OutputLib() {}

    private static Object out() { return StandardPorts.OUTPUT.get(); }

    static void print(String who, Object v, Object port, PrintStyle style) {
        TextOutputPort p = PortArgs.textOut(who, port);
        DatumPrinter.print(p.buffer(), v, style);
        p.written();
    }

    @Builtin("display")
    public static void display(Object v) { print("display", v, out(), PrintStyle.DISPLAY); }

    @Builtin("display")
    public static void display(Object v, Object port) { print("display", v, port, PrintStyle.DISPLAY); }

    @Builtin("write")
    public static void write(Object v) { print("write", v, out(), PrintStyle.WRITE); }

    @Builtin("write")
    public static void write(Object v, Object port) { print("write", v, port, PrintStyle.WRITE); }

    @Builtin("write-shared")
    public static void writeShared(Object v) { print("write-shared", v, out(), PrintStyle.WRITE_SHARED); }

    @Builtin("write-shared")
    public static void writeShared(Object v, Object port) { print("write-shared", v, port, PrintStyle.WRITE_SHARED); }

    @Builtin("write-simple")
    public static void writeSimple(Object v) { print("write-simple", v, out(), PrintStyle.WRITE_SIMPLE); }

    @Builtin("write-simple")
    public static void writeSimple(Object v, Object port) { print("write-simple", v, port, PrintStyle.WRITE_SIMPLE); }

    /** Eshkol extra: {@code display} then a newline. */
    @Builtin("write-line")
    public static void writeLine(Object v) { writeLine(v, out()); }

    @Builtin("write-line")
    public static void writeLine(Object v, Object port) {
        TextOutputPort p = PortArgs.textOut("write-line", port);
        DatumPrinter.print(p.buffer(), v, PrintStyle.DISPLAY);
        p.buffer().append('\n');
        p.written();
    }

    @Builtin("newline")
    public static void newline() { newline(out()); }

    @Builtin("newline")
    public static void newline(Object port) { PortArgs.textOut("newline", port).writeCodePoint('\n'); }

    @Builtin("write-char")
    public static void writeChar(Object c) { writeChar(c, out()); }

    @Builtin("write-char")
    public static void writeChar(Object c, Object port) {
        if (!(c instanceof Char ch)) throw Errors.wrongType("write-char", "a character", c);
        PortArgs.textOut("write-char", port).writeCodePoint(ch.codePoint);
    }

    @Builtin("write-string")
    public static void writeString(Object s) { writeString(s, out()); }

    @Builtin("write-string")
    public static void writeString(Object s, Object port) {
        MString str = PortArgs.string("write-string", s);
        PortArgs.textOut("write-string", port).write(str.builder());
    }

    @Builtin("write-string")
    public static void writeString(Object s, Object port, Object start) {
        MString str = PortArgs.string("write-string", s);
        writeString(s, port, start, (long) str.length());
    }

    @Builtin("write-string")
    public static void writeString(Object s, Object port, Object start, Object end) {
        MString str = PortArgs.string("write-string", s);
        TextOutputPort p = PortArgs.textOut("write-string", port);
        int length = str.length();
        int from = PortArgs.bound("write-string", start, length);
        int to = PortArgs.end("write-string", from, end, length);
        StringBuilder b = str.builder();
        int i = b.offsetByCodePoints(0, from);
        p.write(b.subSequence(i, b.offsetByCodePoints(i, to - from)));
    }

    @Builtin("write-u8")
    public static void writeU8(Object b) { writeU8(b, out()); }

    @Builtin("write-u8")
    public static void writeU8(Object b, Object port) {
        int v = PortArgs.u8("write-u8", b);
        PortArgs.binaryOut("write-u8", port).write(v);
    }

    @Builtin("write-bytevector")
    public static void writeBytevector(Object bv) { writeBytevector(bv, out()); }

    @Builtin("write-bytevector")
    public static void writeBytevector(Object bv, Object port) {
        Bytevector b = PortArgs.bytevector("write-bytevector", bv);
        PortArgs.binaryOut("write-bytevector", port).write(b.array(), b.start(), b.start() + b.length());
    }

    @Builtin("write-bytevector")
    public static void writeBytevector(Object bv, Object port, Object start) {
        writeBytevector(bv, port, start, (long) PortArgs.bytevector("write-bytevector", bv).length());
    }

    @Builtin("write-bytevector")
    public static void writeBytevector(Object bv, Object port, Object start, Object end) {
        Bytevector b = PortArgs.bytevector("write-bytevector", bv);
        BinaryOutputPort p = PortArgs.binaryOut("write-bytevector", port);
        int from = PortArgs.bound("write-bytevector", start, b.length());
        int to = PortArgs.end("write-bytevector", from, end, b.length());
        p.write(b.array(), b.start() + from, b.start() + to);
    }

    @Builtin("flush-output-port")
    public static void flushOutputPort() { flushOutputPort(out()); }

    @Builtin("flush-output-port")
    public static void flushOutputPort(Object port) {
        if (port instanceof TextOutputPort || port instanceof TcpConnection) PortArgs.textOut("flush-output-port", port).flush();
        else if (port instanceof BinaryOutputPort b) PortArgs.binaryOut("flush-output-port", b).flush();
        else throw Errors.wrongType("flush-output-port", "an output port", port);
    }
}
