package org.eshkol.netty;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.net.SocketAddress;
import org.eshkol.engine.Eshkol;
import org.eshkol.engine.EshkolException;
import org.eshkol.runtime.EvaluationScope;
import org.eshkol.runtime.control.ExitException;
import org.eshkol.runtime.region.Region;
import org.eshkol.runtime.region.RegionPolicy;
import org.eshkol.runtime.shared.Shared;

/**
 * One call of a handler, on the worker thread: an evaluation scope with the request's region
 * policy (the channel's allocator, the region limit) and the handler's sandbox policy, a region named {@code request} that the whole
 * call runs in, a frame for shared-value counts, the call, and the encoding of its value while the
 * region is still open. When it returns, the region is closed and its chunks are back with the
 * allocator, whatever the script did; the response it returns owns only buffers of its own.
 */
final class HandlerCall {
    private HandlerCall() {}

    /** The region every request runs in. */
    static final String REGION_NAME = "request";

    /**
     * Runs {@code h} for {@code request}; never throws: a failure is a {@code 500} response, reported
     * to the options' error log.
     *
     * @param request borrowed: the caller releases it after the response has gone
     * @param stopped whether the request was stopped (timed out, or its client left): its failure,
     *                the interrupt, is then no error of the script's and is not reported
     * @return the response, owned by the caller; null when stopped
     */
    static FullHttpResponse run(Handler h, FullHttpRequest request, SocketAddress remote, ByteBufAllocator alloc,
                                RegionPolicy policy, ServerOptions o, java.util.function.BooleanSupplier stopped) {
        EvaluationScope scope = EvaluationScope.enter(policy, null, h.sandbox());
        FullHttpResponse response = null;
        try {
            Region region = Region.open(REGION_NAME, 0);
            HttpRequestValue value = new HttpRequestValue(request, remote, region);
            try (Shared.Frame frame = Shared.frame()) {
                Object result = h.procedure().call1(value);
                response = Responses.encode(result, alloc);
            } finally {
                value.end();
                region.close();
            }
            return response;
        } catch (Throwable t) {
            if (response != null) response.release(); // made, then the region's close failed
            // every failure is this request's 500 (Eshkol.failure reports what is no script error as
            // an internal one): a worker that let one escape would leave its client waiting forever
            return stopped.getAsBoolean() ? null : failure(h, request, t, alloc, o);
        } finally {
            scope.exit();
        }
    }

    private static FullHttpResponse failure(Handler h, FullHttpRequest request, Throwable t, ByteBufAllocator alloc, ServerOptions o) {
        String what = request.method() + " " + request.uri() + ": handler " + ScriptFileHandlers.HANDLER_NAME + " (" + h.site() + ")";
        String report;
        if (t instanceof Responses.NotAResponse e) {
            report = what + ": " + e.getMessage();
        } else if (t instanceof ExitException e) {
            report = what + " called " + e.getMessage() + "; a handler cannot end the server";
        } else {
            RuntimeException f = Eshkol.failure(t, h.fileName());
            report = what + " failed:\n" + (f instanceof EshkolException e ? e.render() : String.valueOf(f));
        }
        o.errorLog().accept(report);
        String body = o.debug() ? "500 Internal Server Error\n\n" + report + "\n" : "500 Internal Server Error\n";
        return Responses.text(HttpResponseStatus.INTERNAL_SERVER_ERROR, body, alloc);
    }
}
