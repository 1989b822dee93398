package org.eshkol.runtime.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Printer;
import org.eshkol.runtime.Resource;
import org.eshkol.runtime.ResourceLeaks;
import org.eshkol.runtime.SchemeError;

/**
 * A Scheme port: a source or sink of characters or bytes. There are four final kinds:
 * {@link TextInputPort}, {@link TextOutputPort}, {@link BinaryInputPort}, {@link BinaryOutputPort}.
 * The static factories here make every port a script or an embedder needs; file ports are opened by
 * {@link FilePorts}, which reports failures as Scheme file errors.
 *
 * <p>Output ports buffer: whoever owns a port wrapping a Java stream or writer calls {@link #flush()}
 * (the engine flushes the standard ports at exit). Ports wrapping a caller's Java object never close
 * that object: {@link #close()} flushes it and marks the port closed. Ports are not thread-safe.
 */
public abstract sealed class Port extends org.eshkol.runtime.Value implements Resource permits TextInputPort, TextOutputPort, BinaryInputPort, BinaryOutputPort {
    /** Size of the buffer between a port and its Java stream. */
    static final int BUFFER_SIZE = 8192;

    private boolean open = true;
    /** How an owned resource port is named in messages ({@code file "x.txt"}); null for every other port. */
    private String resourceName;
    private String resourceKind;
    /** The leak watch of an owned resource port; null for every other port. */
    private ResourceLeaks.Tracked leakWatch;

    Port() {}

    // ---- factories ----

    /** {@code open-input-string}: reads the characters of {@code s}. */
    public static TextInputPort openInputString(String s) { return new TextInputPort(s); }

    /** {@code open-output-string}: collects characters; {@link TextOutputPort#contents()} returns them. */
    public static TextOutputPort openOutputString() { return new TextOutputPort(null, false, false); }

    /** {@code open-input-bytevector}: reads the given bytes (the array is not copied; do not change it). */
    public static BinaryInputPort openInputBytevector(byte[] bytes) { return new BinaryInputPort(bytes); }

    /** {@code open-output-bytevector}: collects bytes; {@link BinaryOutputPort#contents()} returns them. */
    public static BinaryOutputPort openOutputBytevector() { return new BinaryOutputPort(null, false, false); }

    /** A textual input port reading {@code reader}, which the port never closes. */
    public static TextInputPort ofReader(Reader reader) { return new TextInputPort(reader, false); }

    /**
     * A textual output port writing to {@code writer}, which the port never closes.
     *
     * @param autoFlush flush after every output operation (for error ports and interactive use);
     *                  otherwise output is buffered until {@link #flush()} or the buffer fills
     */
    public static TextOutputPort ofWriter(Writer writer, boolean autoFlush) {
        return new TextOutputPort(writer, autoFlush, false);
    }

    /** A textual input port decoding UTF-8 from {@code in}, which the port never closes. */
    public static TextInputPort ofTextInput(InputStream in) {
        return ofReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** A textual output port encoding UTF-8 to {@code out}, which the port never closes. */
    public static TextOutputPort ofTextOutput(OutputStream out, boolean autoFlush) {
        return ofWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), autoFlush);
    }

    /** A binary input port reading {@code in}, which the port never closes. */
    public static BinaryInputPort ofInputStream(InputStream in) { return new BinaryInputPort(in, false); }

    /** A binary output port writing to {@code out}, which the port never closes. */
    public static BinaryOutputPort ofOutputStream(OutputStream out, boolean autoFlush) {
        return new BinaryOutputPort(out, autoFlush, false);
    }

    // ---- kind and state ----

    public abstract boolean isInput();

    public abstract boolean isOutput();

    public abstract boolean isTextual();

    public final boolean isBinary() { return !isTextual(); }

    public final boolean isOpen() { return open; }

    /** Writes buffered output to the underlying stream and flushes it; nothing for input or closed ports. */
    public void flush() {}

    /** Flushes pending output, releases what the port owns and marks it closed; closing twice is harmless. */
    public final void close() {
        if (!open) return;
        try {
            release();
        } finally {
            open = false;
            if (leakWatch != null) leakWatch.closed();
        }
    }

    /**
     * Marks this port as the owned resource {@code open-file} returned for {@code path}, watched for
     * leaks: if it becomes unreachable unclosed, {@code underlying} is closed and the leak reported.
     */
    final void markFileResource(String path, java.io.Closeable underlying) {
        markResource("file", "file " + Printer.writeString(MString.of(path)));
        leakWatch = ResourceLeaks.track(this, describe(), underlying::close);
    }

    /** Marks this port as (part of) an owned resource of the given kind, named {@code name} in errors. */
    final void markResource(String kind, String name) {
        this.resourceKind = kind;
        this.resourceName = name;
    }

    /** True for a port that is an owned resource ({@code open-file}, {@code tcp-connect}): errors name it. */
    public final boolean isResource() { return resourceName != null; }

    @Override
    public String kind() { return resourceKind != null ? resourceKind : "port"; }

    @Override
    public String describe() { return resourceName != null ? resourceName : "port"; }

    @Override
    public boolean isClosed() { return !open; }

    /** Closes the underlying resource (and flushes an output port first). */
    abstract void release();

    /** The error raised when the underlying Java stream fails. */
    static SchemeError ioError(IOException e) {
        return Errors.fileError("i/o error: " + e.getMessage());
    }

    @Override
    public String toString() { return "#<port>"; }
}
