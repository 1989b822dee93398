package org.eshkol.runtime.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.Resource;
import org.eshkol.runtime.ResourceLeaks;
import org.eshkol.runtime.Resources;

/**
 * A TCP connection ({@code tcp-connect}): an owned resource that is a bidirectional textual port.
 * The textual input procedures ({@code read-line}, {@code read-string}, {@code read-char}, ...)
 * read from it and the textual output procedures ({@code write-string}, {@code display},
 * {@code flush-output-port}, ...) write to it (UTF-8). {@code close} closes both directions and the
 * socket; using it afterwards raises {@code read-line: resource socket 127.0.0.1:8080 is closed}.
 */
public final class TcpConnection extends org.eshkol.runtime.Value implements Resource {
    private final Socket socket;
    private final String name;
    private final TextInputPort in;
    private final TextOutputPort out;
    private boolean closed;
    private final ResourceLeaks.Tracked leakWatch;

    private TcpConnection(Socket socket, String name) throws IOException {
        this.socket = socket;
        this.name = name;
        this.in = new TextInputPort(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8), false);
        this.out = new TextOutputPort(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8), false, false);
        in.markResource("socket", name);
        out.markResource("socket", name);
        this.leakWatch = ResourceLeaks.track(this, name, socket::close);
    }

    /** Connects to {@code host:port} if the sandbox policy allows it; a failure is a Scheme file error naming the address. */
    public static TcpConnection connect(String host, int port) {
        org.eshkol.runtime.policy.Sandbox.current().checkConnect("tcp-connect", host, port);
        String name = "socket " + host + ":" + port;
        Socket s = null;
        try {
            s = new Socket(host, port);
            return new TcpConnection(s, name);
        } catch (IOException e) {
            if (s != null) {
                try { s.close(); } catch (IOException ignored) { /* the connect error is what matters */ }
            }
            throw Errors.fileError("tcp-connect: cannot connect to " + host + ":" + port + ": " + e.getMessage());
        }
    }

    TextInputPort input() { return in; }

    TextOutputPort output() { return out; }

    /**
     * {@code close-input-port}: stops reading (the socket's input half); the connection stays an
     * open resource until {@code close}. Closing a closed half does nothing, as R7RS says.
     */
    void shutdownInput() {
        if (closed) throw Resources.closedError("close-input-port", this);
        if (!in.isOpen()) return;
        in.close();
        try {
            socket.shutdownInput();
        } catch (IOException e) {
            throw Port.ioError(e);
        }
    }

    /** {@code close-output-port}: flushes and half-closes (the peer reads end of file). */
    void shutdownOutput() {
        if (closed) throw Resources.closedError("close-output-port", this);
        if (!out.isOpen()) return;
        out.close();
        try {
            socket.shutdownOutput();
        } catch (IOException e) {
            throw Port.ioError(e);
        }
    }

    @Override
    public String kind() { return "socket"; }

    @Override
    public String describe() { return name; }

    @Override
    public boolean isClosed() { return closed; }

    @Override
    public void close() {
        closed = true;
        leakWatch.closed();
        try {
            if (out.isOpen()) out.close();
            if (in.isOpen()) in.close();
        } finally {
            try {
                socket.close();
            } catch (IOException e) {
                throw Port.ioError(e);
            }
        }
    }

    @Override
    public String toString() { return "#<" + name + ">"; }
}
