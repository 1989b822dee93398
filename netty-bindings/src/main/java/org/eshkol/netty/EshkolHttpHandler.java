package org.eshkol.netty;

import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import org.eshkol.runtime.region.RegionPolicy;

/**
 * Runs handler scripts for the requests of one connection: put it in a pipeline after
 * {@code HttpServerCodec}, {@code HttpServerKeepAliveHandler} and {@code HttpObjectAggregator}
 * (what {@link EshkolHttpServer} does, and what a Java team does in a pipeline of its own, routing
 * some paths here). One instance per channel.
 *
 * <p>Each request's handler runs on a worker thread ({@link WorkerPool}), never on the event loop,
 * in a region whose chunks come from the channel's allocator ({@link HandlerCall}); the response is
 * written back on the event loop. Requests of one connection are answered in order: while one is in
 * flight the channel stops reading and later pipelined requests wait here. A request past the
 * concurrency limit gets {@code 503} with {@code Retry-After}; one past the time limit gets
 * {@code 503} and its handler is interrupted; when the client goes away its handler is interrupted
 * and nothing is written.
 */
public final class EshkolHttpHandler extends ChannelInboundHandlerAdapter {
    private final HandlerSource handlers;
    private final ServerOptions options;
    private final WorkerPool workers;
    private final ArrayDeque<FullHttpRequest> waiting = new ArrayDeque<>(2);
    private InFlight current;
    private RegionPolicy policy;
    private ChannelHandlerContext ctx;

    EshkolHttpHandler(HandlerSource handlers, ServerOptions options, WorkerPool workers) {
        this.handlers = handlers;
        this.options = options;
        this.workers = workers;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        ByteBufAllocator alloc = ctx.alloc();
        // a virtual thread runs one request: a spare first chunk kept for it would wait for its bookkeeping to be pruned
        this.policy = RegionPolicy.DEFAULT.withAllocator(alloc).withMaxBytes(options.regionBytes())
                .withSpareChunk(options.workers() == ServerOptions.Workers.POOL);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest req)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (current != null) {
            waiting.add(req);
            ctx.channel().config().setAutoRead(false);
            return;
        }
        start(req);
    }

    private void start(FullHttpRequest req) {
        if (!req.decoderResult().isSuccess()) {
            answerHere(req, Responses.text(HttpResponseStatus.BAD_REQUEST, "400 Bad Request\n", ctx.alloc()));
            return;
        }
        if (!workers.tryAcquire()) {
            answerHere(req, Responses.busy(ctx.alloc()));
            return;
        }
        InFlight f = new InFlight(req, handlers.current());
        current = f;
        if (options.timeLimitMillis() > 0) f.deadline = ctx.executor().schedule(() -> timeout(f), options.timeLimitMillis(), TimeUnit.MILLISECONDS);
        try {
            workers.execute(() -> work(f));
        } catch (RuntimeException e) { // the pool is shut down: the server is stopping
            workers.release();
            f.cancelDeadline();
            current = null;
            answerHere(req, Responses.text(HttpResponseStatus.SERVICE_UNAVAILABLE, "503 Service Unavailable: the server is stopping\n", ctx.alloc()));
        }
    }

    /** On the worker thread. */
    private void work(InFlight f) {
        FullHttpResponse resp = null;
        try {
            if (f.start()) resp = HandlerCall.run(f.handler, f.request, ctx.channel().remoteAddress(), ctx.alloc(), policy, options, f::stopped);
        } finally {
            boolean answer = f.finish();
            f.request.release(); // the handler is done with it
            workers.release();
            FullHttpResponse r = resp;
            if (answer) ctx.executor().execute(() -> respond(f, r));
            else InFlight.drop(r);
        }
    }

    /** On the event loop: the time limit passed. */
    private void timeout(InFlight f) {
        if (!f.stop(InFlight.TIMED_OUT)) return;
        options.errorLog().accept(f.what + ": handler " + ScriptFileHandlers.HANDLER_NAME
                + " (" + f.handler.site() + ") passed the time limit of " + options.timeLimitMillis() + " ms; it was interrupted and the client got 503");
        respond(f, Responses.text(HttpResponseStatus.SERVICE_UNAVAILABLE, "503 Service Unavailable: the handler passed its time limit\n", ctx.alloc()));
    }

    /** On the event loop: writes {@code f}'s response, then takes the next waiting request. */
    private void respond(InFlight f, FullHttpResponse r) {
        if (current != f || !ctx.channel().isActive()) { // the connection is gone
            InFlight.drop(r);
            if (current == f) current = null;
            return;
        }
        f.cancelDeadline();
        current = null;
        write(r, f.version, f.keepAlive);
    }

    /** Answers a request that was never dispatched (a bad request, a busy server), and releases it. */
    private void answerHere(FullHttpRequest req, FullHttpResponse r) {
        boolean keepAlive = HttpUtil.isKeepAlive(req);
        io.netty.handler.codec.http.HttpVersion version = req.protocolVersion();
        req.release();
        write(r, version, keepAlive);
    }

    private void write(FullHttpResponse r, io.netty.handler.codec.http.HttpVersion version, boolean keepAlive) {
        HttpUtil.setKeepAlive(r.headers(), version, keepAlive);
        ctx.writeAndFlush(r).addListener(ChannelFutureListener.FIRE_EXCEPTION_ON_FAILURE).addListener(done -> next());
    }

    private void next() {
        if (current != null) return;
        FullHttpRequest req = waiting.poll();
        if (req != null) start(req);
        else if (ctx.channel().isActive()) ctx.channel().config().setAutoRead(true);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        InFlight f = current;
        if (f != null) {
            current = null;
            f.cancelDeadline();
            f.stop(InFlight.CANCELLED); // the worker releases the request and its response when the handler has stopped
        }
        for (FullHttpRequest r; (r = waiting.poll()) != null; ) r.release();
        ctx.fireChannelInactive();
    }
}
