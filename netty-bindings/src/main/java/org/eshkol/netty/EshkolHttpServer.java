package org.eshkol.netty;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.eshkol.engine.EshkolOptions;

/**
 * An HTTP server whose requests are answered by an Eshkol handler. This is the map of the module:
 * <ul>
 *   <li>{@link EshkolHttpServer} and its {@link Builder}: the server, from Java; {@code HttpLib}: the
 *       same from scripts ({@code http-serve}, {@code http-start}, the request accessors,
 *       {@code make-response}), given to the engine by {@code HttpLibrary} through the engine's
 *       library SPI; {@code ServeCommand}: {@code eshkol serve FILE};</li>
 *   <li>{@link EshkolHttpHandler}: the channel handler (one per connection) that dispatches requests
 *       to {@code WorkerPool} threads and writes their responses; {@code InFlight}: one request's
 *       state (answered, timed out, cancelled); {@code HandlerCall}: one handler call in its
 *       request's region on the channel's allocator;</li>
 *   <li>{@link HttpRequestValue}, {@link HttpResponseValue}, {@code Responses}: what scripts see and
 *       return, and how it becomes HTTP;</li>
 *   <li>{@link HandlerSource}, {@link ScriptFileHandlers}: which handler new requests get, and hot
 *       reload of a handler file.</li>
 * </ul>
 * The pipeline per connection: {@code HttpServerCodec -> HttpServerKeepAliveHandler ->
 * HttpObjectAggregator(bodyBytes) -> EshkolHttpHandler}, on a {@code MultiThreadIoEventLoopGroup}
 * with epoll when it loads, NIO otherwise. {@link #close()} stops gracefully: it stops accepting,
 * lets handlers in flight finish (up to {@link ServerOptions#stopMillis()}), then closes every
 * connection and releases the threads.
 */
public final class EshkolHttpServer implements AutoCloseable {
    private final EventLoopGroup group;
    private final EshkolHttpHandlers handlers;
    private final Channel serverChannel;
    private final ChannelGroup connections = new DefaultChannelGroup("eshkol-http", GlobalEventExecutor.INSTANCE);
    private final ServerOptions options;
    private final Transport transport;
    private volatile boolean closed;

    private EshkolHttpServer(EshkolHttpHandlers handlers, int port) throws InterruptedException {
        this.handlers = handlers;
        this.options = handlers.options();
        this.transport = Transport.best();
        this.group = new MultiThreadIoEventLoopGroup(0, transport.ioHandlers());
        try {
            ServerBootstrap b = new ServerBootstrap().group(group).channel(transport.serverChannel())
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            connections.add(ch);
                            ch.pipeline().addLast(new HttpServerCodec(), new HttpServerKeepAliveHandler(),
                                    new HttpObjectAggregator(options.bodyBytes()), handlers.newHandler());
                        }
                    });
            this.serverChannel = b.bind(options.host(), port).sync().channel();
        } catch (Throwable e) { // Netty rethrows a failed bind's BindException as it is
            shutdownThreads();
            throw e;
        }
    }

    /** A builder with {@link ServerOptions#defaults()} and port 8080. */
    public static Builder builder() { return new Builder(); }

    /** Starts a server for a fixed handler (what {@code http-start} does). */
    public static EshkolHttpServer start(Handler handler, int port, ServerOptions options) throws InterruptedException {
        return new EshkolHttpServer(EshkolHttpHandlers.of(HandlerSource.of(handler), options), port);
    }

    /** The port the server listens on (the one picked, when 0 was asked for). */
    public int port() { return ((InetSocketAddress) serverChannel.localAddress()).getPort(); }

    public ServerOptions options() { return options; }

    /** {@code "epoll"} or {@code "nio"}. */
    public String transport() { return transport.name(); }

    /** Requests whose handler has not finished. */
    public int inFlight() { return handlers.inFlight(); }

    /** Blocks until the server is closed. */
    public void awaitClose() throws InterruptedException { serverChannel.closeFuture().sync(); }

    /**
     * Stops gracefully: no new connections, handlers in flight finish (bounded by
     * {@link ServerOptions#stopMillis()}; those still running then are interrupted), connections
     * close, threads end. Calling it again does nothing.
     */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        serverChannel.close().syncUninterruptibly();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(options.stopMillis());
        while (handlers.inFlight() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        connections.close().syncUninterruptibly();
        shutdownThreads();
    }

    private void shutdownThreads() {
        handlers.close();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    public boolean isClosed() { return closed; }

    @Override
    public String toString() { return closed ? "#<http-server (stopped)>" : "#<http-server " + options.host() + ":" + port() + ">"; }

    /** Builds a server from Java: {@code EshkolHttpServer.builder().port(0).script(path).start()}. */
    public static final class Builder {
        private ServerOptions options = ServerOptions.defaults();
        private int port = 8080;
        private Path script;
        private Handler handler;
        private EshkolOptions engineOptions = EshkolOptions.defaults();

        private Builder() {}

        public Builder host(String h) { options = options.withHost(h); return this; }

        /** 0 picks a free port ({@link #port()} tells which). */
        public Builder port(int p) {
            if (p < 0 || p > 65535) throw new IllegalArgumentException("port out of range: " + p);
            port = p;
            return this;
        }

        public Builder options(ServerOptions o) { options = o; return this; }

        /** A handler file defining {@code (define (handle req) ...)}, reloaded when it changes unless {@link ServerOptions#watch()} is off. */
        public Builder script(Path file) { script = file; handler = null; return this; }

        /** A fixed handler. */
        public Builder handler(Handler h) { handler = h; script = null; return this; }

        /** The options of the engines that compile the handler file. */
        public Builder engineOptions(EshkolOptions o) { engineOptions = o; return this; }

        /**
         * Compiles the handler file (if any) and starts listening.
         *
         * @throws org.eshkol.engine.EshkolException when the handler file does not compile
         * @throws IOException when it cannot be read, or the port cannot be bound (a {@link java.net.BindException})
         */
        public EshkolHttpServer start() throws IOException, InterruptedException {
            EshkolHttpHandlers handlers;
            if (script != null) handlers = EshkolHttpHandlers.forScript(script, engineOptions, options);
            else if (handler != null) handlers = EshkolHttpHandlers.of(HandlerSource.of(handler), options);
            else throw new IllegalStateException("a server needs a handler: script(Path) or handler(Handler)");
            return new EshkolHttpServer(handlers, port); // closes the handlers when it cannot start
        }
    }
}
