package org.eshkol.runtime.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** A binary input port: reads bytes from a bytevector or from a Java {@link InputStream}. */
public final class BinaryInputPort extends Port {
    private final InputStream source;
    private final boolean closeSource;
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean exhausted;

    BinaryInputPort(byte[] bytes) {
        this.source = null;
        this.closeSource = false;
        this.buf = bytes;
        this.limit = bytes.length;
        this.exhausted = true;
    }

    BinaryInputPort(InputStream source, boolean closeSource) {
        this.source = source;
        this.closeSource = closeSource;
        this.buf = new byte[BUFFER_SIZE];
        this.exhausted = false;
    }

    @Override public boolean isInput() { return true; }

    @Override public boolean isOutput() { return false; }

    @Override public boolean isTextual() { return false; }

    /** The next byte (0..255), consumed, or -1 at end of input. */
    public int read() {
        if (pos < limit || available()) return buf[pos++] & 0xff;
        return -1;
    }

    /** The next byte without consuming it, or -1 at end of input. */
    public int peek() {
        if (pos < limit || available()) return buf[pos] & 0xff;
        return -1;
    }

    /** Up to {@code k} bytes, fewer at end of input; null when no byte is left. */
    public byte[] read(int k) {
        byte[] out = new byte[k];
        int n = readInto(out, 0, k);
        if (n < 0) return null;
        return n == k ? out : Arrays.copyOf(out, n);
    }

    /** Reads into {@code dst[start, end)}; the count read, or -1 when no byte is left. */
    public int readInto(byte[] dst, int start, int end) {
        if (start == end) return 0;
        int at = start;
        while (at < end && (pos < limit || available())) {
            int n = Math.min(end - at, limit - pos);
            System.arraycopy(buf, pos, dst, at, n);
            pos += n;
            at += n;
        }
        return at == start ? -1 : at - start;
    }

    /** {@code u8-ready?}: true when a byte (or end of input) is available without blocking. */
    public boolean ready() {
        if (pos < limit || exhausted) return true;
        try {
            return source.available() > 0;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    /** Refills an empty buffer; false at end of input. */
    private boolean available() {
        while (pos >= limit) {
            if (exhausted) return false;
            try {
                int r = source.read(buf, 0, buf.length);
                pos = 0;
                if (r < 0) {
                    limit = 0;
                    exhausted = true;
                } else {
                    limit = r;
                }
            } catch (IOException e) {
                throw ioError(e);
            }
        }
        return true;
    }

    @Override
    void release() {
        buf = new byte[0];
        pos = limit = 0;
        exhausted = true;
        if (closeSource) {
            try {
                source.close();
            } catch (IOException e) {
                throw ioError(e);
            }
        }
    }
}
