package org.eshkol.netty;

import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One request between its dispatch and its handler's end, and who answers it: the worker (with the
 * handler's response), the time limit (with {@code 503}), or nobody (the client went away). Exactly
 * one of them wins the state change from {@link #RUNNING}.
 *
 * <p>The interrupt that stops a handler is delivered only while the state is {@link #STOPPING}, and
 * the worker, if it loses, waits for that to pass before clearing its interrupt flag: so an
 * interrupt meant for this request never reaches the thread's next request.
 */
final class InFlight {
    static final int RUNNING = 0, DONE = 1, STOPPING = 2, TIMED_OUT = 3, CANCELLED = 4;

    /** Owned by the worker from dispatch on: it releases it when the handler has finished. */
    final FullHttpRequest request;
    final Handler handler;
    /** What the event loop needs of the request after dispatch, read before it. */
    final String what;
    final boolean keepAlive;
    final io.netty.handler.codec.http.HttpVersion version;
    private final AtomicInteger state = new AtomicInteger(RUNNING);
    private volatile Thread worker;
    ScheduledFuture<?> deadline;

    InFlight(FullHttpRequest request, Handler handler) {
        this.request = request;
        this.handler = handler;
        this.what = request.method() + " " + request.uri();
        this.keepAlive = io.netty.handler.codec.http.HttpUtil.isKeepAlive(request);
        this.version = request.protocolVersion();
    }

    /** On the worker, first: false when the request was stopped before its handler started. */
    boolean start() {
        worker = Thread.currentThread();
        return state.get() == RUNNING;
    }

    /**
     * On the worker, last: true when the worker answers (its response must be written); false when
     * the time limit or a disconnect came first (its response must be released). Either way the
     * thread is left without a pending interrupt from this request.
     */
    boolean finish() {
        worker = null;
        if (state.compareAndSet(RUNNING, DONE)) return true;
        while (state.get() == STOPPING) Thread.onSpinWait();
        Thread.interrupted();
        return false;
    }

    /** Stops the handler (to {@code outcome}); false when it had finished, or was stopped already. */
    boolean stop(int outcome) {
        if (!state.compareAndSet(RUNNING, STOPPING)) return false;
        Thread t = worker;
        if (t != null) t.interrupt();
        state.set(outcome);
        return true;
    }

    /** Whether the time limit or a disconnect stopped the request. */
    boolean stopped() { return state.get() >= STOPPING; }

    /** Cancels the time limit, if one was scheduled (on the event loop). */
    void cancelDeadline() {
        if (deadline != null) deadline.cancel(false);
    }

    /** Releases a response that will not be written. */
    static void drop(FullHttpResponse r) {
        if (r != null && r.refCnt() > 0) r.release();
    }
}
