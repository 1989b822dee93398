package org.eshkol.netty;

import java.util.ArrayList;
import java.util.List;
import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.DynamicState;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.EvaluationInterrupted;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.Symbol;
import org.eshkol.runtime.Unspecified;

/**
 * The HTTP builtins scripts see:
 * <pre>
 * (http-serve port handler [options])  ; serves until the process is stopped (SIGINT/SIGTERM) or interrupted
 * (http-start port handler [options])  ; => a server, without blocking; port 0 picks a free one
 * (http-server-port server) (http-stop server)
 * (request-method req) => 'GET    (request-path req) => "/a b"   (request-uri req) => "/a%20b?x=1"
 * (request-query req) => (("x" . "1"))   (request-query-ref req "x" [default])
 * (request-header req "Content-Type") => string or #f   (request-headers req) => (("host" . "...") ...)
 * (request-body req) => bytevector   (request-body-string req) => string   (request-remote-address req)
 * (make-response status [headers] [body])   ; headers: (("name" . "value") ...), body: string or bytevector
 * </pre>
 */
public final class HttpLib {
    private HttpLib() {}

    @Builtin("http-start")
    public static Object start(Object port, Object handler) { return start(port, handler, Nil.NIL); }

    @Builtin("http-start")
    public static Object start(Object port, Object handler, Object options) {
        return startServer("http-start", port, handler, options);
    }

    @Builtin("http-serve")
    public static Object serve(Object port, Object handler) { return serve(port, handler, Nil.NIL); }

    /** Serves until the server stops: by {@code http-stop} from a handler, a signal, or an interrupt of this thread. */
    @Builtin("http-serve")
    public static Object serve(Object port, Object handler, Object options) {
        EshkolHttpServer s = startServer("http-serve", port, handler, options);
        Thread hook = new Thread(s::close, "eshkol-http-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            s.awaitClose();
        } catch (InterruptedException e) {
            throw new EvaluationInterrupted();
        } finally {
            s.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: the JVM is exiting
            }
        }
        return Unspecified.VALUE;
    }

    private static EshkolHttpServer startServer(String who, Object port, Object handler, Object options) {
        int p = (int) ScriptOptions.count(who, "port", port, 65535);
        if (!(handler instanceof Procedure proc)) throw Errors.wrongType(who, "a handler procedure of one argument", handler);
        ServerOptions o = ScriptOptions.parse(who, options, ServerOptions.defaults());
        String site = HandlerSite.caller();
        String file = site.contains(":") ? site.substring(0, site.indexOf(':')) : site;
        try {
            // the handler runs under the policy of the evaluation that started the server
            return EshkolHttpServer.start(new Handler(proc, site, file, DynamicState.current().policy), p, o);
        } catch (InterruptedException e) {
            throw new EvaluationInterrupted();
        } catch (Exception e) { // a BindException, rethrown by Netty as it is
            throw Errors.error(who + ": cannot listen on " + o.host() + ":" + p + ": " + e.getMessage());
        }
    }

    private static EshkolHttpServer server(String who, Object s) {
        if (s instanceof EshkolHttpServer server) return server;
        throw Errors.wrongType(who, "an http server", s);
    }

    @Builtin("http-server-port")
    public static Object port(Object s) { return (long) server("http-server-port", s).port(); }

    /** Stops gracefully; from a handler of the same server too (the stop then waits no longer than the other handlers). */
    @Builtin("http-stop")
    public static void stop(Object s) {
        EshkolHttpServer server = server("http-stop", s);
        Thread t = new Thread(server::close, "eshkol-http-stop");
        t.start();
        if (!Thread.currentThread().getName().startsWith("eshkol-http-")) {
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new EvaluationInterrupted();
            }
        }
    }

    @Builtin("http-server?")
    public static boolean isServer(Object x) { return x instanceof EshkolHttpServer; }

    private static HttpRequestValue req(String who, Object r) {
        if (r instanceof HttpRequestValue v) return v;
        throw Errors.wrongType(who, "an http request", r);
    }

    @Builtin("request?")
    public static boolean isRequest(Object x) { return x instanceof HttpRequestValue; }

    @Builtin("request-method")
    public static Object method(Object r) { return req("request-method", r).method(); }

    @Builtin("request-path")
    public static Object path(Object r) { return req("request-path", r).path(); }

    @Builtin("request-uri")
    public static Object uri(Object r) { return req("request-uri", r).uri(); }

    @Builtin("request-query")
    public static Object query(Object r) { return req("request-query", r).query(); }

    @Builtin("request-query-ref")
    public static Object queryRef(Object r, Object name) { return queryRef(r, name, Boolean.FALSE); }

    @Builtin("request-query-ref")
    public static Object queryRef(Object r, Object name, Object otherwise) {
        return req("request-query-ref", r).queryRef(text("request-query-ref", name), otherwise);
    }

    @Builtin("request-header")
    public static Object header(Object r, Object name) { return req("request-header", r).header(text("request-header", name)); }

    @Builtin("request-headers")
    public static Object headers(Object r) { return req("request-headers", r).headers(); }

    @Builtin("request-body")
    public static Object body(Object r) { return req("request-body", r).body(); }

    @Builtin("request-body-string")
    public static Object bodyString(Object r) { return req("request-body-string", r).bodyString(); }

    @Builtin("request-remote-address")
    public static Object remoteAddress(Object r) { return req("request-remote-address", r).remoteAddress(); }

    /** A string or a symbol, as text. */
    private static String text(String who, Object x) {
        if (x instanceof MString s) return s.toString();
        if (x instanceof Symbol s) return s.toString();
        throw Errors.wrongType(who, "a string or a symbol", x);
    }

    @Builtin("make-response")
    public static Object makeResponse(Object status) { return response(status, Nil.NIL, null); }

    /** {@code (make-response status body)}. */
    @Builtin("make-response")
    public static Object makeResponse(Object status, Object body) { return response(status, Nil.NIL, body); }

    @Builtin("make-response")
    public static Object makeResponse(Object status, Object headers, Object body) { return response(status, headers, body); }

    @Builtin("response?")
    public static boolean isResponse(Object x) { return x instanceof HttpResponseValue; }

    private static HttpResponseValue response(Object status, Object headers, Object body) {
        String who = "make-response";
        if (!(status instanceof Long n) || n < 100 || n > 599) throw Errors.wrongType(who, "a status code from 100 to 599", status);
        if (body != null && !(body instanceof MString) && !(body instanceof Bytevector))
            throw Errors.wrongType(who, "a body that is a string or a bytevector", body);
        if (body instanceof Bytevector b) b.check();
        List<HttpResponseValue.Header> hs = new ArrayList<>();
        for (Object l = headers; l != Nil.NIL; ) {
            if (!(l instanceof Pair cell)) throw Errors.wrongType(who, "headers as an association list", headers);
            if (!(cell.car instanceof Pair h)) throw Errors.wrongType(who, "a header (name . value)", cell.car);
            String name = text(who, h.car);
            String value = h.cdr instanceof Long v ? v.toString() : text(who, h.cdr);
            if (!validHeader(name, value)) throw Errors.error(who + ": invalid header " + name + ": " + value);
            hs.add(new HttpResponseValue.Header(name, value));
            l = cell.cdr;
        }
        return new HttpResponseValue(n.intValue(), hs, body);
    }

    /** A token name, and a value without line breaks (no header injection). */
    private static boolean validHeader(String name, String value) {
        if (name.isEmpty()) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c >= 127 || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == 0) return false;
        }
        return true;
    }
}
