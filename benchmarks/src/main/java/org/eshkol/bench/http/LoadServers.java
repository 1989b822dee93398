package org.eshkol.bench.http;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.CharsetUtil;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eshkol.netty.EshkolHttpServer;
import org.eshkol.netty.ServerOptions;

/**
 * The servers {@code benchmarks/http-load.sh} puts under {@code wrk}, one per process, on 127.0.0.1:
 * <ul>
 *   <li>{@code plain}: a plain Netty 4.2 Java handler answering {@code hello} inline, in the same
 *       pipeline the Eshkol server uses (codec, keep-alive, aggregator);</li>
 *   <li>{@code hello}: an Eshkol handler returning {@code "hello"};</li>
 *   <li>{@code alloc16k}: an Eshkol handler that allocates 16 KiB in its request's region and
 *       returns a 1 KiB string built from it.</li>
 * </ul>
 * Usage: {@code LoadServers MODE PORT [pool|virtual]}; serves until killed.
 */
public final class LoadServers {
    private LoadServers() {}

    static final String HELLO = "(define (handle req) \"hello\")";
    static final String ALLOC16K = """
            (define (handle req)
              (let ((scratch (make-bytevector 16384 65)))
                (utf8->string (bytevector-copy scratch 0 1024))))
            """;

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int port = Integer.parseInt(args[1]);
        ServerOptions.Workers workers = args.length > 2 ? ServerOptions.Workers.valueOf(args[2].toUpperCase(java.util.Locale.ROOT)) : ServerOptions.Workers.POOL;
        if (mode.equals("plain")) {
            plain(port).closeFuture().sync();
            return;
        }
        Path file = Files.createTempFile("eshkol-load-", ".esk");
        Files.writeString(file, mode.equals("hello") ? HELLO : ALLOC16K);
        EshkolHttpServer s = EshkolHttpServer.builder().port(port)
                .options(ServerOptions.defaults().withWatch(false).withWorkers(workers)).script(file).start();
        System.out.println("serving " + mode + " on " + s.port() + " (" + s.transport() + ", " + workers + ")");
        s.awaitClose();
    }

    /** The plain Java server: the same pipeline, the handler inline on the event loop. */
    static Channel plain(int port) throws InterruptedException {
        boolean epoll = Epoll.isAvailable();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(0, epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        ChannelHandler hello = new PlainHello();
        Channel ch = new ServerBootstrap().group(group).channel(epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel c) {
                        c.pipeline().addLast(new HttpServerCodec(), new HttpServerKeepAliveHandler(), new HttpObjectAggregator(10 << 20), hello);
                    }
                }).bind("127.0.0.1", port).sync().channel();
        System.out.println("serving plain on " + port + (epoll ? " (epoll)" : " (nio)"));
        return ch;
    }

    @ChannelHandler.Sharable
    static final class PlainHello extends SimpleChannelInboundHandler<FullHttpRequest> {
        private static final ByteBuf BODY = Unpooled.unreleasableBuffer(Unpooled.copiedBuffer("hello", CharsetUtil.UTF_8));

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
            FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, BODY.duplicate());
            r.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
            r.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, 5);
            HttpUtil.setKeepAlive(r.headers(), req.protocolVersion(), HttpUtil.isKeepAlive(req));
            ctx.writeAndFlush(r);
        }
    }
}
