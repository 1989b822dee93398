package org.eshkol.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Printer;

/**
 * Turns a handler's value into a {@link FullHttpResponse}, and makes the server's own responses
 * (errors, limits). A string is {@code 200 text/plain; charset=utf-8}, a bytevector {@code 200
 * application/octet-stream}, a {@link HttpResponseValue} what it says. The body is copied into a
 * buffer of the channel's allocator, so nothing of the request's region is needed once this returns.
 */
final class Responses {
    private Responses() {}

    static final String TEXT = "text/plain; charset=utf-8";

    /** Why a handler's value is not a response. */
    static final class NotAResponse extends RuntimeException {
        NotAResponse(String message) { super(message, null, false, false); }
    }

    /**
     * The response for a handler's value; the caller owns it (releases it, or writes it).
     *
     * @throws NotAResponse when the value is no response
     */
    static FullHttpResponse encode(Object value, ByteBufAllocator alloc) {
        if (value instanceof MString s) return full(HttpResponseStatus.OK, TEXT, utf8(alloc, s));
        if (value instanceof Bytevector b) return full(HttpResponseStatus.OK, "application/octet-stream", bytes(alloc, b));
        if (value instanceof HttpResponseValue r) return encode(r, alloc);
        throw new NotAResponse("the handler returned " + describe(value)
                + ", which is not a response: return a string, a bytevector or (make-response status headers body)");
    }

    private static FullHttpResponse encode(HttpResponseValue r, ByteBufAllocator alloc) {
        Object body = r.body();
        ByteBuf content = body instanceof MString s ? utf8(alloc, s) : body instanceof Bytevector b ? bytes(alloc, b) : Unpooled.EMPTY_BUFFER;
        FullHttpResponse resp = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(r.status()), content);
        for (HttpResponseValue.Header h : r.headers()) resp.headers().add(h.name(), h.value());
        if (body != null && !resp.headers().contains(HttpHeaderNames.CONTENT_TYPE))
            resp.headers().set(HttpHeaderNames.CONTENT_TYPE, body instanceof MString ? TEXT : "application/octet-stream");
        resp.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, content.readableBytes());
        return resp;
    }

    private static String describe(Object v) {
        String s = Printer.writeString(v);
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private static ByteBuf utf8(ByteBufAllocator alloc, MString s) { return ByteBufUtil.writeUtf8(alloc, s.builder()); }

    private static ByteBuf bytes(ByteBufAllocator alloc, Bytevector b) {
        b.check();
        int n = b.length();
        return alloc.buffer(n, n).writeBytes(b.array(), b.start(), n);
    }

    /** A response with a text body made by the server itself (an error, a limit). */
    static FullHttpResponse text(HttpResponseStatus status, String text, ByteBufAllocator alloc) {
        return full(status, TEXT, ByteBufUtil.writeUtf8(alloc, text));
    }

    private static FullHttpResponse full(HttpResponseStatus status, String type, ByteBuf content) {
        FullHttpResponse resp = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, content);
        resp.headers().set(HttpHeaderNames.CONTENT_TYPE, type);
        resp.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, content.readableBytes());
        return resp;
    }

    /** {@code 503} with {@code Retry-After}: too many requests in flight. */
    static FullHttpResponse busy(ByteBufAllocator alloc) {
        FullHttpResponse r = text(HttpResponseStatus.SERVICE_UNAVAILABLE, "503 Service Unavailable: the server is at its limit of concurrent requests\n", alloc);
        r.headers().set(HttpHeaderNames.RETRY_AFTER, "1");
        return r;
    }
}
