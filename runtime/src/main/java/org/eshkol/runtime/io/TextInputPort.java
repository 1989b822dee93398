package org.eshkol.runtime.io;

import java.io.IOException;
import java.io.Reader;

/**
 * A textual input port: reads code points from a string or from a Java {@link Reader}. A string port
 * holds the whole text in its buffer; a reader port refills the buffer as it goes. Before it blocks on
 * its reader, the port flushes the current output and error ports, so a prompt appears before
 * input is read.
 */
public final class TextInputPort extends Port {
    private final Reader source;
    private final boolean closeSource;
    private char[] buf;
    private int pos;
    private int limit;
    private boolean exhausted;

    TextInputPort(String text) {
        this.source = null;
        this.closeSource = false;
        this.buf = text.toCharArray();
        this.limit = buf.length;
        this.exhausted = true;
    }

    TextInputPort(Reader source, boolean closeSource) {
        this.source = source;
        this.closeSource = closeSource;
        this.buf = new char[BUFFER_SIZE];
        this.exhausted = false;
    }

    @Override public boolean isInput() { return true; }

    @Override public boolean isOutput() { return false; }

    @Override public boolean isTextual() { return true; }

    /** The next code point, consumed, or -1 at end of input. */
    public int read() {
        int p = pos;
        if (p < limit) {
            char c = buf[p];
            if (!Character.isSurrogate(c)) {
                pos = p + 1;
                return c;
            }
        }
        return readSlow(true);
    }

    /** The next code point without consuming it, or -1 at end of input. */
    public int peek() {
        if (pos < limit && !Character.isSurrogate(buf[pos])) return buf[pos];
        return readSlow(false);
    }

    private int readSlow(boolean consume) {
        ensure(2);
        if (pos >= limit) return -1;
        char c = buf[pos];
        int cp = c;
        int width = 1;
        if (Character.isHighSurrogate(c) && pos + 1 < limit && Character.isLowSurrogate(buf[pos + 1])) {
            cp = Character.toCodePoint(c, buf[pos + 1]);
            width = 2;
        }
        if (consume) pos += width;
        return cp;
    }

    /** The next line without its line ending ({@code \n} or {@code \r\n}), or null at end of input. */
    public String readLine() {
        if (pos >= limit) {
            ensure(1);
            if (pos >= limit) return null;
        }
        StringBuilder sb = new StringBuilder();
        while (true) {
            for (int i = pos; i < limit; i++) {
                if (buf[i] == '\n') {
                    sb.append(buf, pos, i - pos);
                    pos = i + 1;
                    return stripReturn(sb);
                }
            }
            sb.append(buf, pos, limit - pos);
            pos = limit;
            ensure(1);
            if (pos >= limit) return stripReturn(sb);
        }
    }

    private static String stripReturn(StringBuilder sb) {
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == '\r') sb.setLength(n - 1);
        return sb.toString();
    }

    /** Up to {@code k} code points, fewer at end of input; null when no character is left. */
    public String readString(long k) {
        if (k == 0) return "";
        int first = read();
        if (first < 0) return null;
        StringBuilder sb = new StringBuilder().appendCodePoint(first);
        for (long i = 1; i < k; i++) {
            int cp = read();
            if (cp < 0) break;
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    /** {@code char-ready?}: true when a character (or end of input) is available without blocking. */
    public boolean ready() {
        if (pos < limit || exhausted) return true;
        try {
            return source.ready();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    /** Makes at least {@code n} chars available unless the source ends first. */
    private void ensure(int n) {
        while (limit - pos < n && !exhausted) fill();
    }

    private void fill() {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        StandardPorts.flush();
        try {
            int r = source.read(buf, limit, buf.length - limit);
            if (r < 0) exhausted = true;
            else limit += r;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    @Override
    void release() {
        buf = new char[0];
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
