package org.eshkol.runtime.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;

/**
 * R7RS bytevectors: {@code bytevector? make-bytevector bytevector bytevector-u8-ref bytevector-u8-set!
 * bytevector-length bytevector-copy bytevector-copy! bytevector-append utf8->string string->utf8},
 * with optional start/end as extra arities (an absent bound is null inside this class).
 */
public final class BytevectorLib {
    private BytevectorLib() {}

    @Builtin({"bytevector?"})
    public static boolean isBytevector(Object x) { return x instanceof Bytevector; }

    @Builtin({"make-bytevector"})
    public static Object make(Object k) { return make(k, 0L); }

    @Builtin({"make-bytevector"})
    public static Object make(Object k, Object fill) {
        Bytevector b = Bytevector.allocate(Args.count("make-bytevector", k));
        byte f = Args.octet("make-bytevector", fill);
        if (f != 0) Arrays.fill(b.array(), b.start(), b.start() + b.length(), f);
        return b;
    }

    @Builtin({"bytevector"})
    public static Object bytevector(Object[] xs) {
        Bytevector b = Bytevector.allocate(xs.length);
        byte[] a = b.array();
        int at = b.start();
        for (int i = 0; i < xs.length; i++) a[at + i] = Args.octet("bytevector", xs[i]);
        return b;
    }

    @Builtin({"bytevector-length"})
    public static Object length(Object bv) { return (long) Args.bytevector("bytevector-length", bv).length(); }

    @Builtin({"bytevector-u8-ref"})
    public static Object ref(Object bv, Object k) {
        Bytevector b = Args.bytevector("bytevector-u8-ref", bv);
        return (long) b.get(Args.index("bytevector-u8-ref", k, b.length()));
    }

    @Builtin({"bytevector-u8-set!"})
    public static void set(Object bv, Object k, Object x) {
        Bytevector b = Args.bytevector("bytevector-u8-set!", bv);
        int i = Args.index("bytevector-u8-set!", k, b.length());
        b.set(i, Args.octet("bytevector-u8-set!", x));
    }

    @Builtin({"bytevector-copy"})
    public static Object copy(Object bv) { return copy(bv, null, null); }

    @Builtin({"bytevector-copy"})
    public static Object copy(Object bv, Object start) { return copy(bv, start, null); }

    @Builtin({"bytevector-copy"})
    public static Object copy(Object bv, Object start, Object end) {
        Bytevector b = Args.bytevector("bytevector-copy", bv);
        int from = Args.start("bytevector-copy", start, b.length());
        int to = Args.end("bytevector-copy", end, from, b.length());
        return Bytevector.copyOf(b.array(), b.start() + from, b.start() + to);
    }

    @Builtin({"bytevector-copy!"})
    public static void copyInto(Object to, Object at, Object from) { copyInto(to, at, from, null, null); }

    @Builtin({"bytevector-copy!"})
    public static void copyInto(Object to, Object at, Object from, Object start) { copyInto(to, at, from, start, null); }

    /** Copies {@code from[start..end)} into {@code to} at {@code at}; overlapping ranges work. */
    @Builtin({"bytevector-copy!"})
    public static void copyInto(Object to, Object at, Object from, Object start, Object end) {
        Bytevector dst = Args.bytevector("bytevector-copy!", to);
        Bytevector src = Args.bytevector("bytevector-copy!", from);
        int s = Args.start("bytevector-copy!", start, src.length());
        int e = Args.end("bytevector-copy!", end, s, src.length());
        int a = Args.bound("bytevector-copy!", at, dst.length());
        if (dst.length() - a < e - s) throw Errors.indexRange("bytevector-copy!", a + (e - s), dst.length());
        System.arraycopy(src.array(), src.start() + s, dst.array(), dst.start() + a, e - s);
    }

    @Builtin({"bytevector-append"})
    public static Object append(Object[] bvs) {
        int n = 0;
        for (Object b : bvs) n += Args.bytevector("bytevector-append", b).length();
        Bytevector out = Bytevector.allocate(n);
        int at = out.start();
        for (Object o : bvs) {
            Bytevector b = (Bytevector) o;
            System.arraycopy(b.array(), b.start(), out.array(), at, b.length());
            at += b.length();
        }
        return out;
    }

    @Builtin({"utf8->string"})
    public static Object utf8ToString(Object bv) { return utf8ToString(bv, null, null); }

    @Builtin({"utf8->string"})
    public static Object utf8ToString(Object bv, Object start) { return utf8ToString(bv, start, null); }

    @Builtin({"utf8->string"})
    public static Object utf8ToString(Object bv, Object start, Object end) {
        Bytevector b = Args.bytevector("utf8->string", bv);
        int from = Args.start("utf8->string", start, b.length());
        int to = Args.end("utf8->string", end, from, b.length());
        return MString.of(new String(b.array(), b.start() + from, to - from, StandardCharsets.UTF_8));
    }

    @Builtin({"string->utf8"})
    public static Object stringToUtf8(Object s) { return stringToUtf8(s, null, null); }

    @Builtin({"string->utf8"})
    public static Object stringToUtf8(Object s, Object start) { return stringToUtf8(s, start, null); }

    @Builtin({"string->utf8"})
    public static Object stringToUtf8(Object s, Object start, Object end) {
        MString str = Args.string("string->utf8", s);
        int len = str.length();
        int from = Args.start("string->utf8", start, len);
        int to = Args.end("string->utf8", end, from, len);
        byte[] utf8 = str.substring(from, to).getBytes(StandardCharsets.UTF_8);
        return Bytevector.copyOf(utf8, 0, utf8.length);
    }

}
