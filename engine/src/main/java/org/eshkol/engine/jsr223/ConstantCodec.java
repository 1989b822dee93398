package org.eshkol.engine.jsr223;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eshkol.engine.builtins.BuiltinInfo;
import org.eshkol.engine.builtins.BuiltinProcedure;
import org.eshkol.engine.builtins.BuiltinRegistry;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Symbol;
import org.eshkol.runtime.Unspecified;
import org.eshkol.runtime.num.NumberFactory;
import org.eshkol.runtime.num.Ratnum;

/**
 * Writes and reads the constants of a compiled unit (quoted data and builtin procedures) for the
 * on-disk cache. Shared and cyclic structure (pairs, vectors, strings, bytevectors, uninterned
 * symbols) keeps its identity through back-references; lists are written iteratively, so long lists
 * do not need a deep Java stack. A constant of any other type cannot be written:
 * {@link Unsupported} is thrown and the unit is simply not cached on disk.
 */
final class ConstantCodec {
    private ConstantCodec() {}

    /** A constant the codec cannot write. */
    static final class Unsupported extends IOException {
        Unsupported(Object v) { super("cannot cache a constant of " + v.getClass().getName()); }
    }

    private static final int NIL = 0, FALSE = 1, TRUE = 2, UNSPEC = 3, LONG = 4, BIG = 5, DOUBLE = 6, RATIO = 7,
            CHAR = 8, SYMBOL = 9, USYMBOL = 10, STRING = 11, PAIR = 12, VECTOR = 13, BYTES = 14, BUILTIN = 15, REF = 16;

    static void writeAll(Object[] values, DataOutputStream out) throws IOException {
        Writer w = new Writer(out);
        out.writeInt(values.length);
        for (Object v : values) w.write(v);
    }

    static Object[] readAll(DataInputStream in, BuiltinRegistry builtins) throws IOException {
        Reader r = new Reader(in, builtins);
        int n = in.readInt();
        if (n < 0 || n > 1_000_000) throw new IOException("bad constant count");
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) out[i] = r.read();
        return out;
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<Object, Integer> seen = new IdentityHashMap<>();

        Writer(DataOutputStream out) { this.out = out; }

        private boolean shared(Object v) throws IOException {
            Integer i = seen.get(v);
            if (i == null) {
                seen.put(v, seen.size());
                return false;
            }
            out.writeByte(REF);
            out.writeInt(i);
            return true;
        }

        void write(Object v) throws IOException {
            switch (v) {
                case null -> throw new Unsupported(new Object());
                case Pair p -> writePairs(p);
                case Long l -> { out.writeByte(LONG); out.writeLong(l); }
                case Boolean b -> out.writeByte(b ? TRUE : FALSE);
                case Double d -> { out.writeByte(DOUBLE); out.writeDouble(d); }
                case BigInteger b -> { out.writeByte(BIG); bytes(b.toByteArray()); }
                case Ratnum r -> { out.writeByte(RATIO); bytes(r.num.toByteArray()); bytes(r.den.toByteArray()); }
                case Char c -> { out.writeByte(CHAR); out.writeInt(c.codePoint); }
                case Symbol s when s.isInterned() -> { out.writeByte(SYMBOL); out.writeUTF(s.name()); }
                case Symbol s -> {
                    if (shared(s)) return;
                    out.writeByte(USYMBOL);
                    out.writeUTF(s.name());
                }
                case MString s -> {
                    if (shared(s)) return;
                    out.writeByte(STRING);
                    out.writeBoolean(s.isImmutable());
                    bytes(s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                case Object[] vec -> {
                    if (shared(vec)) return;
                    out.writeByte(VECTOR);
                    out.writeInt(vec.length);
                    for (Object x : vec) write(x);
                }
                case Bytevector b -> {
                    if (shared(b)) return;
                    out.writeByte(BYTES);
                    bytes(b.toByteArray());
                }
                case BuiltinProcedure p -> { out.writeByte(BUILTIN); out.writeUTF(p.name()); }
                default -> {
                    if (v == Nil.NIL) out.writeByte(NIL);
                    else if (v == Unspecified.VALUE) out.writeByte(UNSPEC);
                    else throw new Unsupported(v);
                }
            }
        }

        /** A chain of pairs: each unseen pair of the spine is PAIR + car; the chain ends with its tail. */
        private void writePairs(Pair p) throws IOException {
            if (shared(p)) return;
            while (true) {
                out.writeByte(PAIR);
                write(p.car);
                if (p.cdr instanceof Pair next && !seen.containsKey(next)) {
                    seen.put(next, seen.size());
                    p = next;
                } else {
                    write(p.cdr);
                    return;
                }
            }
        }

        private void bytes(byte[] b) throws IOException {
            out.writeInt(b.length);
            out.write(b);
        }
    }

    private static final class Reader {
        private final DataInputStream in;
        private final BuiltinRegistry builtins;
        private final List<Object> seen = new ArrayList<>();

        Reader(DataInputStream in, BuiltinRegistry builtins) {
            this.in = in;
            this.builtins = builtins;
        }

        Object read() throws IOException { return read(in.readUnsignedByte()); }

        private Object read(int tag) throws IOException {
            return switch (tag) {
                case NIL -> Nil.NIL;
                case FALSE -> Boolean.FALSE;
                case TRUE -> Boolean.TRUE;
                case UNSPEC -> Unspecified.VALUE;
                case LONG -> in.readLong();
                case DOUBLE -> in.readDouble();
                case BIG -> new BigInteger(bytes());
                case RATIO -> NumberFactory.ratio(new BigInteger(bytes()), new BigInteger(bytes()));
                case CHAR -> Char.of(in.readInt());
                case SYMBOL -> Symbol.intern(in.readUTF());
                case USYMBOL -> register(Symbol.uninterned(in.readUTF()));
                case STRING -> {
                    boolean immutable = in.readBoolean();
                    String s = new String(bytes(), java.nio.charset.StandardCharsets.UTF_8);
                    yield register(immutable ? MString.literal(s) : MString.of(s));
                }
                case VECTOR -> {
                    int n = in.readInt();
                    if (n < 0 || n > 100_000_000) throw new IOException("bad vector length");
                    Object[] vec = register(new Object[n]);
                    for (int i = 0; i < n; i++) vec[i] = read();
                    yield vec;
                }
                case BYTES -> register(new Bytevector(bytes()));
                case BUILTIN -> {
                    BuiltinInfo info = builtins.get(in.readUTF());
                    if (info == null) throw new IOException("unknown builtin");
                    yield builtins.procedure(info);
                }
                case PAIR -> readPairs();
                case REF -> {
                    int i = in.readInt();
                    if (i < 0 || i >= seen.size()) throw new IOException("bad back-reference");
                    yield seen.get(i);
                }
                default -> throw new IOException("bad constant tag " + tag);
            };
        }

        private Pair readPairs() throws IOException {
            Pair first = register(new Pair(null, null));
            Pair p = first;
            while (true) {
                p.car = read();
                int tag = in.readUnsignedByte();
                if (tag != PAIR) {
                    p.cdr = read(tag);
                    return first;
                }
                Pair next = register(new Pair(null, null));
                p.cdr = next;
                p = next;
            }
        }

        private <T> T register(T v) {
            seen.add(v);
            return v;
        }

        private byte[] bytes() throws IOException {
            int n = in.readInt();
            if (n < 0 || n > 1 << 28) throw new IOException("bad length");
            byte[] b = in.readNBytes(n);
            if (b.length != n) throw new java.io.EOFException();
            return b;
        }
    }
}
