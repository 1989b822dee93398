package org.eshkol.runtime;

/** A bytevector: a fixed-length sequence of bytes, each an exact integer 0..255. */
public final class Bytevector {
    public final byte[] bytes;

    public Bytevector(byte[] bytes) { this.bytes = bytes; }

    public int length() { return bytes.length; }

    public int get(int i) { return bytes[i] & 0xff; }

    /** Stores the low 8 bits of {@code v} at {@code i}. */
    public void set(int i, int v) { bytes[i] = (byte) v; }
}
