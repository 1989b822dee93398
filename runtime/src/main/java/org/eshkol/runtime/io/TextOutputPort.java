package org.eshkol.runtime.io;

import java.io.IOException;
import java.io.Writer;
import org.eshkol.runtime.region.ArenaText;
import org.eshkol.runtime.region.ArenaValue;
import org.eshkol.runtime.region.Region;

/**
 * A textual output port: a string port (collects text for {@code get-output-string}) or a port over a
 * Java {@link Writer}. Printers append to {@link #buffer()} and then call {@link #written()}, which
 * passes the text on when the buffer is full or the port flushes after every operation.
 */
public final class TextOutputPort extends Port {
    private final StringBuilder buf = new StringBuilder();
    /** A string port's text when it was opened inside a region: in the region's arena. */
    private final ArenaText arena;
    private final Writer sink;
    private final boolean autoFlush;
    private final boolean closeSink;

    TextOutputPort(Writer sink, boolean autoFlush, boolean closeSink) {
        this.sink = sink;
        Region r = sink == null ? Region.allocationTarget() : null;
        this.arena = r == null || r == Region.HEAP ? null : new ArenaText(r, 64);
        this.autoFlush = autoFlush;
        this.closeSink = closeSink;
    }

    @Override public boolean isInput() { return false; }

    @Override public boolean isOutput() { return true; }

    @Override public boolean isTextual() { return true; }

    /** True for ports made by {@code open-output-string}. */
    public boolean isStringPort() { return sink == null; }

    /** Where output goes first; after appending, call {@link #written()}. */
    public StringBuilder buffer() { return buf; }

    /** Passes buffered text on when the port's policy says so. */
    public void written() {
        if (arena != null) {
            arena.append(buf);
            buf.setLength(0);
            return;
        }
        if (sink != null && (autoFlush || buf.length() >= BUFFER_SIZE)) drain(autoFlush);
    }

    public void write(CharSequence s) {
        buf.append(s);
        written();
    }

    public void writeCodePoint(int cp) {
        buf.appendCodePoint(cp);
        written();
    }

    /** A string port's text so far. */
    public String contents() {
        if (arena == null) return buf.toString();
        written();
        return arena.contents();
    }

    /** The arena storage of a string port opened inside a region, or null: what promotion must move. */
    public ArenaValue arenaStorage() { return arena; }

    @Override
    public void flush() {
        if (sink != null && isOpen()) drain(true);
    }

    private void drain(boolean flushSink) {
        try {
            if (!buf.isEmpty()) {
                sink.append(buf);
                buf.setLength(0);
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
