package org.eshkol.runtime.io;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.Eof;
import org.eshkol.runtime.MString;

/**
 * Input builtins other than {@code read} (which needs the reader, so the engine provides it):
 * {@code read-char peek-char read-line read-string char-ready? read-u8 peek-u8 u8-ready?
 * read-bytevector read-bytevector!}. The port argument is optional and defaults to the current input
 * port. Each returns the end-of-file object when input is exhausted.
 */
public final class InputLib {
    private InputLib() {}

    private static Object in() { return StandardPorts.INPUT.get(); }

    private static Object charOrEof(int cp) { return cp < 0 ? Eof.EOF : Char.of(cp); }

    @Builtin("read-char")
    public static Object readChar() { return readChar(in()); }

    @Builtin("read-char")
    public static Object readChar(Object port) { return charOrEof(PortArgs.textIn("read-char", port).read()); }

    @Builtin("peek-char")
    public static Object peekChar() { return peekChar(in()); }

    @Builtin("peek-char")
    public static Object peekChar(Object port) { return charOrEof(PortArgs.textIn("peek-char", port).peek()); }

    @Builtin("read-line")
    public static Object readLine() { return readLine(in()); }

    @Builtin("read-line")
    public static Object readLine(Object port) {
        String line = PortArgs.textIn("read-line", port).readLine();
        return line == null ? Eof.EOF : MString.of(line);
    }

    @Builtin("read-string")
    public static Object readString(Object k) { return readString(k, in()); }

    @Builtin("read-string")
    public static Object readString(Object k, Object port) {
        int n = PortArgs.count("read-string", k);
        String s = PortArgs.textIn("read-string", port).readString(n);
        return s == null ? Eof.EOF : MString.of(s);
    }

    @Builtin("char-ready?")
    public static boolean charReady() { return charReady(in()); }

    @Builtin("char-ready?")
    public static boolean charReady(Object port) { return PortArgs.textIn("char-ready?", port).ready(); }

    @Builtin("read-u8")
    public static Object readU8() { return readU8(in()); }

    @Builtin("read-u8")
    public static Object readU8(Object port) {
        int b = PortArgs.binaryIn("read-u8", port).read();
        return b < 0 ? Eof.EOF : (Object) (long) b;
    }

    @Builtin("peek-u8")
    public static Object peekU8() { return peekU8(in()); }

    @Builtin("peek-u8")
    public static Object peekU8(Object port) {
        int b = PortArgs.binaryIn("peek-u8", port).peek();
        return b < 0 ? Eof.EOF : (Object) (long) b;
    }

    @Builtin("u8-ready?")
    public static boolean u8Ready() { return u8Ready(in()); }

    @Builtin("u8-ready?")
    public static boolean u8Ready(Object port) { return PortArgs.binaryIn("u8-ready?", port).ready(); }

    @Builtin("read-bytevector")
    public static Object readBytevector(Object k) { return readBytevector(k, in()); }

    @Builtin("read-bytevector")
    public static Object readBytevector(Object k, Object port) {
        int n = PortArgs.count("read-bytevector", k);
        byte[] bytes = PortArgs.binaryIn("read-bytevector", port).read(n);
        return bytes == null ? Eof.EOF : Bytevector.copyOf(bytes, 0, bytes.length);
    }

    @Builtin("read-bytevector!")
    public static Object readBytevectorInto(Object bv) { return readBytevectorInto(bv, in()); }

    @Builtin("read-bytevector!")
    public static Object readBytevectorInto(Object bv, Object port) {
        return readBytevectorInto(bv, port, 0L);
    }

    @Builtin("read-bytevector!")
    public static Object readBytevectorInto(Object bv, Object port, Object start) {
        return readBytevectorInto(bv, port, start, (long) PortArgs.bytevector("read-bytevector!", bv).length());
    }

    @Builtin("read-bytevector!")
    public static Object readBytevectorInto(Object bv, Object port, Object start, Object end) {
        Bytevector b = PortArgs.bytevector("read-bytevector!", bv);
        BinaryInputPort p = PortArgs.binaryIn("read-bytevector!", port);
        int from = PortArgs.bound("read-bytevector!", start, b.length());
        int to = PortArgs.end("read-bytevector!", from, end, b.length());
        int n = p.readInto(b.array(), b.start() + from, b.start() + to);
        return n < 0 ? Eof.EOF : (Object) (long) n;
    }
}
