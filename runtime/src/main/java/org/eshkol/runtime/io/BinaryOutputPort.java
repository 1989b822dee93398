package org.eshkol.runtime.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A binary output port: a bytevector port (collects bytes for {@code get-output-bytevector}) or a
 * port over a Java {@link OutputStream}, buffered like {@link TextOutputPort}.
 */
public final class BinaryOutputPort extends Port {
    private byte[] buf = new byte[64];
    private int count;
    private final OutputStream sink;
    private final boolean autoFlush;
    private final boolean closeSink;

    BinaryOutputPort(OutputStream sink, boolean autoFlush, boolean closeSink) {
        this.sink = sink;
        this.autoFlush = autoFlush;
        this.closeSink = closeSink;
    }

    @Override public boolean isInput() { return false; }

    @Override public boolean isOutput() { return true; }

    @Override public boolean isTextual() { return false; }

    /** True for ports made by {@code open-output-bytevector}. */
    public boolean isBytevectorPort() { return sink == null; }

    public void write(int b) {
        if (count == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
        buf[count++] = (byte) b;
        written();
    }

    public void write(byte[] src, int start, int end) {
        int n = end - start;
        if (count + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + n));
        System.arraycopy(src, start, buf, count, n);
        count += n;
        written();
    }

    /** A bytevector port's bytes so far (a copy). */
    public byte[] contents() { return Arrays.copyOf(buf, count); }

    private void written() {
        if (sink != null && (autoFlush || count >= BUFFER_SIZE)) drain(autoFlush);
    }

    @Override
    public void flush() {
        if (sink != null && isOpen()) drain(true);
    }

    private void drain(boolean flushSink) {
        try {
            if (count > 0) {
                sink.write(buf, 0, count);
                count = 0;
            }
            if (flushSink) sink.flush();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    @Override
    void release() {
        if (sink == null) return;
        drain(true);
        if (closeSink) {
            try {
                sink.close();
            } catch (IOException e) {
                throw ioError(e);
            }
        }
    }
}
