package org.eshkol.netty;

import java.util.List;
import org.eshkol.runtime.Value;

/**
 * What {@code make-response} returns: a status, headers in order, and a body (a string, a
 * bytevector, or null for none). Immutable; the body is encoded when the handler returns, while the
 * request's region is still open.
 */
public final class HttpResponseValue extends Value {
    /** One header line. */
    public record Header(String name, String value) {}

    private final int status;
    private final List<Header> headers;
    private final Object body;

    HttpResponseValue(int status, List<Header> headers, Object body) {
        this.status = status;
        this.headers = List.copyOf(headers);
        this.body = body;
    }

    public int status() { return status; }

    public List<Header> headers() { return headers; }

    /** A string ({@code MString}), a bytevector, or null. */
    public Object body() { return body; }

    @Override
    public String toString() { return "#<http-response " + status + ">"; }
}
