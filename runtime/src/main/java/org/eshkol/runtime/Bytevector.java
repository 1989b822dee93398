package org.eshkol.runtime;

import org.eshkol.runtime.region.ArenaValue;
import org.eshkol.runtime.region.Region;

/**
 * A bytevector: a fixed-length sequence of bytes, each an exact integer 0..255. Inside a region its
 * bytes live in the region's arena; otherwise on the heap. Either way it is a checked handle: every
 * access verifies that its region is still live ({@link ArenaValue#check()}).
 */
public final class Bytevector extends ArenaValue {
    private final int length;

    /** A heap bytevector that takes {@code bytes} as its storage. */
    public Bytevector(byte[] bytes) {
        super(bytes);
        this.length = bytes.length;
    }

    /** {@code n} zeroed bytes in {@code region} (the heap for {@link Region#HEAP}). */
    public Bytevector(Region region, int n) {
        super(region, n);
        this.length = n;
    }

    /** A view of {@code length} bytes of {@code array} from {@code offset}, valid while {@code region} is open ({@link Region#view}). */
    public Bytevector(Region region, byte[] array, int offset, int length) {
        super(region, array, offset);
        if (offset < 0 || length < 0 || offset + length > array.length)
            throw new IndexOutOfBoundsException("view [" + offset + ", " + (offset + length) + ") of " + array.length + " bytes");
        this.length = length;
    }

    /** {@code n} zeroed bytes in the current region of this thread, or on the heap outside any region. */
    public static Bytevector allocate(int n) { return new Bytevector(Region.allocationTarget(), n); }

    /** A copy of {@code src[from, to)} allocated like {@link #allocate}. */
    public static Bytevector copyOf(byte[] src, int from, int to) {
        Bytevector b = allocate(to - from);
        System.arraycopy(src, from, b.array, b.offset, to - from);
        return b;
    }

    public int length() { return length; }

    @Override
    public int byteLength() { return length; }

    @Override
    public String kind() { return "bytevector"; }

    /** The byte at {@code i} (0 <= i < length, checked by the caller) as 0..255. */
    public int get(int i) {
        check();
        return array[offset + i] & 0xff;
    }

    /** Stores the low 8 bits of {@code v} at {@code i}. */
    public void set(int i, int v) {
        check();
        array[offset + i] = (byte) v;
    }
}
