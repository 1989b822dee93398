package org.eshkol.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.eshkol.runtime.region.ArenaValue;
import org.eshkol.runtime.region.Region;

/**
 * A SRFI-4 {@code f64vector}: a fixed-length sequence of flonums stored as 8 little-endian bytes
 * each: the storage tensors will use. Like a {@link Bytevector} it lives in the current region's
 * arena (8-byte aligned) or on the heap, and every access checks that its region is still live.
 */
public final class F64vector extends ArenaValue {
    private static final VarHandle DOUBLES = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

    private final int length;

    /** {@code n} zeros in {@code region} (the heap for {@link Region#HEAP}). */
    public F64vector(Region region, int n) {
        super(region, Math.multiplyExact(n, 8));
        this.length = n;
    }

    /** {@code n} zeros in the current region of this thread, or on the heap outside any region. */
    public static F64vector allocate(int n) { return new F64vector(Region.allocationTarget(), n); }

    public int length() { return length; }

    @Override
    public int byteLength() { return length << 3; }

    @Override
    public String kind() { return "f64vector"; }

    /** The element at {@code i} (0 <= i < length, checked by the caller). */
    public double get(int i) {
        check();
        return (double) DOUBLES.get(array, offset + (i << 3));
    }

    public void set(int i, double v) {
        check();
        DOUBLES.set(array, offset + (i << 3), v);
    }
}
