package org.eshkol.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
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
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.CharsetUtil;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eshkol.engine.EshkolOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A Java team's own Netty server that routes {@code /script/...} to a handler script and answers the rest itself. */
@ExtendWith(ServerLeakCheck.class)
class JavaPipelineTest {
    @TempDir Path dir;

    /** Answers {@code /java} in Java; passes everything else on. */
    static final class JavaRoute extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof FullHttpRequest req && req.uri().equals("/java")) {
                req.release();
                FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, Unpooled.copiedBuffer("from java", CharsetUtil.UTF_8));
                r.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, r.content().readableBytes());
                ctx.writeAndFlush(r);
            } else {
                ctx.fireChannelRead(msg);
            }
        }
    }

    @Test
    void scriptsAnswerTheRoutesAJavaPipelineGivesThem() throws Exception {
        Path file = dir.resolve("api.esk");
        Files.writeString(file, "(define (handle req) (string-append \"from script \" (request-path req)))");
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try (EshkolHttpHandlers scripts = EshkolHttpHandlers.forScript(file, EshkolOptions.defaults(), ServerOptions.defaults().withWatch(false))) {
            Channel server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new HttpServerCodec(), new HttpServerKeepAliveHandler(), new HttpObjectAggregator(1 << 16),
                                    new JavaRoute(), scripts.newHandler());
                        }
                    }).bind("127.0.0.1", 0).sync().channel();
            int port = ((InetSocketAddress) server.localAddress()).getPort();
            try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                assertEquals("from java", client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/java")).build(), HttpResponse.BodyHandlers.ofString()).body());
                assertEquals("from script /script/a", client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/script/a")).build(), HttpResponse.BodyHandlers.ofString()).body());
            }
            server.close().sync();
        } finally {
            group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).sync();
        }
    }
}
