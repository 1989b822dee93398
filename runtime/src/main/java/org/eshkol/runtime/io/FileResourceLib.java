package org.eshkol.runtime.io;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;

/**
 * Files as owned resources: {@code (open-file path [mode])} with mode {@code "r"} (read, the
 * default), {@code "w"} (truncate or create) or {@code "a"} (append or create) returns a textual
 * port that is a {@link org.eshkol.runtime.Resource}: the caller owns it and must {@code close} it;
 * using it after that raises {@code read-line: resource file "x.txt" is closed}. Every R7RS port
 * procedure works on it, as does {@code read-all}, which reads the rest of a textual input port.
 * {@code (tcp-connect host port)} returns an owned {@link TcpConnection}.
 */
public final class FileResourceLib {
    private FileResourceLib() {}

    @Builtin("open-file")
    public static Object openFile(Object path) { return openFile(path, MString.of("r")); }

    @Builtin("open-file")
    public static Object openFile(Object path, Object mode) {
        String who = "open-file";
        String p = PortArgs.string(who, path).toString();
        String m = PortArgs.string(who, mode).toString();
        return FilePorts.openResource(who, p, m);
    }

    /** {@code (tcp-connect host port)}: an owned bidirectional textual port to {@code host:port}. */
    @Builtin("tcp-connect")
    public static Object tcpConnect(Object host, Object port) {
        String h = PortArgs.string("tcp-connect", host).toString();
        if (!(port instanceof Long p) || p < 0 || p > 65535) throw Errors.wrongType("tcp-connect", "a port number", port);
        return TcpConnection.connect(h, (int) (long) p);
    }

    /** The rest of a textual input port as a string: empty (never the eof object) at end of input. */
    @Builtin("read-all")
    public static Object readAll(Object port) {
        TextInputPort in = PortArgs.textIn("read-all", port);
        StringBuilder sb = new StringBuilder();
        for (int c = in.read(); c >= 0; c = in.read()) sb.appendCodePoint(c);
        return MString.of(sb.toString());
    }
}
