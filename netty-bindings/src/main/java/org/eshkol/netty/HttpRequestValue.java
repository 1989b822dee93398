package org.eshkol.netty;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Symbol;
import org.eshkol.runtime.Value;
import org.eshkol.runtime.data.ListBuilder;
import org.eshkol.runtime.region.Region;

/**
 * The request a handler script receives: a read-only view of one {@link FullHttpRequest}, valid
 * while its handler runs. The parts are decoded when a script first asks for them. The body is
 * exposed without a copy when the aggregated content is one heap buffer (a bytevector viewing it,
 * checked against the request's region); otherwise it is copied once into the request's region,
 * whose arena takes its chunks from the channel's allocator. Either way a body kept past the
 * request is promoted (copied) by the ordinary rules, and an accessor called after the response has
 * gone raises instead of reading a released buffer.
 *
 * <p>Confined to the worker thread that runs the handler.
 */
public final class HttpRequestValue extends Value {
    private final FullHttpRequest request;
    private final SocketAddress remote;
    private final Region region;
    private boolean ended;
    private QueryStringDecoder decoder;
    private Object query, headers, body;

    /**
     * @param request the request; borrowed: the caller keeps it (and its content) alive until {@link #end()}
     * @param region  the request's region, open on this thread
     */
    HttpRequestValue(FullHttpRequest request, SocketAddress remote, Region region) {
        this.request = request;
        this.remote = remote;
        this.region = region;
    }

    /** After this, every accessor raises: the request's buffers are about to be released. */
    void end() { ended = true; }

    private FullHttpRequest live(String who) {
        if (ended) throw Errors.error(who + ": the request has ended (its response was sent); copy what you need while handling it");
        return request;
    }

    private QueryStringDecoder decoder(String who) {
        FullHttpRequest r = live(who);
        if (decoder == null) decoder = new QueryStringDecoder(r.uri(), StandardCharsets.UTF_8);
        return decoder;
    }

    Symbol method() { return Symbol.intern(live("request-method").method().name()); }

    MString path() { return MString.of(decoder("request-path").path()); }

    /** The raw request target, as sent. */
    MString uri() { return MString.of(live("request-uri").uri()); }

    Object query() {
        if (query == null) {
            Map<String, List<String>> params = decoder("request-query").parameters();
            ListBuilder b = new ListBuilder();
            for (Map.Entry<String, List<String>> e : params.entrySet()) {
                for (String v : e.getValue()) b.add(new Pair(MString.of(e.getKey()), MString.of(v)));
            }
            query = b.build();
        }
        return query;
    }

    Object queryRef(String name, Object otherwise) {
        List<String> values = decoder("request-query-ref").parameters().get(name);
        return values == null || values.isEmpty() ? otherwise : MString.of(values.get(0));
    }

    Object header(String name) {
        String v = live("request-header").headers().get(name);
        return v == null ? Boolean.FALSE : MString.of(v);
    }

    Object headers() {
        if (headers == null) {
            ListBuilder b = new ListBuilder();
            for (Map.Entry<String, String> e : live("request-headers").headers()) {
                b.add(new Pair(MString.of(e.getKey().toLowerCase(java.util.Locale.ROOT)), MString.of(e.getValue())));
            }
            headers = b.build();
        }
        return headers;
    }

    Bytevector body() {
        ByteBuf content = live("request-body").content();
        if (body == null) {
            int n = content.readableBytes();
            if (content.hasArray()) {
                body = region.view(content.array(), content.arrayOffset() + content.readerIndex(), n);
            } else {
                Bytevector b = Bytevector.allocate(n); // in the request's region, on the channel's allocator
                content.getBytes(content.readerIndex(), b.array(), b.start(), n);
                body = b;
            }
        }
        return (Bytevector) body;
    }

    MString bodyString() {
        ByteBuf content = live("request-body-string").content();
        return MString.of(content.toString(content.readerIndex(), content.readableBytes(), StandardCharsets.UTF_8));
    }

    Object remoteAddress() {
        live("request-remote-address");
        if (remote instanceof InetSocketAddress a && a.getAddress() != null) return MString.of(a.getAddress().getHostAddress());
        return remote == null ? Boolean.FALSE : MString.of(remote.toString());
    }

    @Override
    public String toString() {
        return ended ? "#<http-request (ended)>" : "#<http-request " + request.method() + " " + request.uri() + ">";
    }
}
