package org.eshkol.runtime.region;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The growable text buffer behind a string output port opened inside a region: UTF-16 code units,
 * 2 bytes each, in the region's arena. Growing takes a block twice the size from the same arena and
 * copies (the old block is freed with the region). Like every arena value it is a checked handle: a
 * port used after its region ended raises instead of reading reused memory.
 */
public final class ArenaText extends ArenaValue {
    private static final VarHandle CHARS = MethodHandles.byteArrayViewVarHandle(char[].class, ByteOrder.LITTLE_ENDIAN);

    private int capacity;
    private int length;

    /** An empty buffer for {@code capacity} chars in {@code region}. */
    public ArenaText(Region region, int capacity) {
        super(region, capacity * 2);
        this.capacity = capacity;
    }

    @Override
    public int byteLength() { return capacity * 2; }

    @Override
    public String kind() { return "string output port"; }

    /** Chars written so far. */
    public int length() { return length; }

    /** Appends {@code s} and empties nothing: the caller clears its staging buffer. */
    public void append(CharSequence s) {
        check();
        int n = s.length();
        if (n > capacity - length) grow(length + n);
        byte[] a = array;
        int at = offset + length * 2;
        for (int i = 0; i < n; i++) CHARS.set(a, at + i * 2, s.charAt(i));
        length += n;
    }

    /** The text written so far. */
    public String contents() {
        check();
        char[] out = new char[length];
        for (int i = 0; i < length; i++) out[i] = (char) CHARS.get(array, offset + i * 2);
        return new String(out);
    }

    /** Drops the text (the space stays reserved). */
    public void clear() {
        check();
        length = 0;
    }

    private void grow(int need) {
        int cap = Math.max(need, capacity * 2);
        byte[] from = array;
        int at = offset;
        int used = length * 2;
        region.place(this, Math.multiplyExact(cap, 2));
        System.arraycopy(from, at, array, offset, used);
        capacity = cap;
    }
}
