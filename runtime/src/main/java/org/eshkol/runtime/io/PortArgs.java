package org.eshkol.runtime.io;

import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.Resources;
import org.eshkol.runtime.SchemeError;

/**
 * Argument checks shared by the I/O builtins. Each returns the argument as its Java type or throws
 * the fixed-format error: {@code read-char: expected a textual input port, got 5}, or
 * {@code read-char: port is closed} for a port of the right kind that was closed.
 */
final class PortArgs {
    private PortArgs() {}

    static TextOutputPort textOut(String who, Object p) {
        if (p instanceof TextOutputPort t) {
            if (t.isOpen()) return t;
            throw closed(who, t);
        }
        if (p instanceof TcpConnection c) return textOut(who, c.output());
        throw Errors.wrongType(who, "a textual output port", p);
    }

    static TextInputPort textIn(String who, Object p) {
        if (p instanceof TextInputPort t) {
            if (t.isOpen()) return t;
            throw closed(who, t);
        }
        if (p instanceof TcpConnection c) return textIn(who, c.input());
        throw Errors.wrongType(who, "a textual input port", p);
    }

    static BinaryOutputPort binaryOut(String who, Object p) {
        if (p instanceof BinaryOutputPort b) {
            if (b.isOpen()) return b;
            throw closed(who, b);
        }
        throw Errors.wrongType(who, "a binary output port", p);
    }

    static BinaryInputPort binaryIn(String who, Object p) {
        if (p instanceof BinaryInputPort b) {
            if (b.isOpen()) return b;
            throw closed(who, b);
        }
        throw Errors.wrongType(who, "a binary input port", p);
    }

    static Port port(String who, Object p) {
        if (p instanceof Port port) return port;
        throw Errors.wrongType(who, "a port", p);
    }

    static SchemeError closed(String who) { return Errors.error(who + ": port is closed"); }

    /** A closed port's error: an {@code open-file} resource is named ({@code resource file "x" is closed}). */
    static SchemeError closed(String who, Port p) {
        return p.isResource() ? Resources.closedError(who, p) : closed(who);
    }

    static MString string(String who, Object s) {
        if (s instanceof MString m) return m;
        throw Errors.wrongType(who, "a string", s);
    }

    /** {@code b} as a bytevector whose region is still live. */
    static Bytevector bytevector(String who, Object b) {
        if (b instanceof Bytevector bv) {
            bv.check();
            return bv;
        }
        throw Errors.wrongType(who, "a bytevector", b);
    }

    static Procedure procedure(String who, Object f) {
        if (f instanceof Procedure p) return p;
        throw Errors.wrongType(who, "a procedure", f);
    }

    /** An exact non-negative integer that fits in an int (a count or an index before range checks). */
    static int count(String who, Object n) {
        if (n instanceof Long l && l >= 0 && l <= Integer.MAX_VALUE) return (int) (long) l;
        throw Errors.wrongType(who, "an exact non-negative integer", n);
    }

    /** An index within {@code [0, length]}, for start/end arguments. */
    static int bound(String who, Object n, int length) {
        int i = count(who, n);
        if (i > length) throw Errors.indexRange(who, i, length);
        return i;
    }

    /** Checks that {@code start <= end}; returns {@code end}. */
    static int end(String who, int start, Object n, int length) {
        int e = bound(who, n, length);
        if (start > e) throw Errors.indexRange(who, start, e);
        return e;
    }

    /** A byte: an exact integer in 0..255. */
    static int u8(String who, Object b) {
        if (b instanceof Long l && l >= 0 && l <= 255) return (int) (long) l;
        throw Errors.wrongType(who, "a byte (an exact integer 0..255)", b);
    }
}
