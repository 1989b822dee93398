package org.eshkol.engine.jsr223;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.script.ScriptContext;
import javax.script.ScriptException;
import org.eshkol.engine.Eshkol;
import org.eshkol.engine.EshkolException;
import org.eshkol.runtime.DynamicState;
import org.eshkol.runtime.region.RegionPolicy;
import org.eshkol.runtime.EvaluationScope;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.policy.Policy;

/**
 * One evaluation of script code for a {@link ScriptContext}: binds the context's writer, error
 * writer and reader as the current output, error and input ports (on the evaluating thread only, so
 * concurrent evaluations do not see each other's ports; see {@link Session}), flushes them afterwards, enforces the
 * optional time limit (a watchdog interrupts the evaluating thread, which stops the script at its
 * next loop back-edge or call) and turns failures into {@link ScriptException}s. With a stack size
 * configured, the evaluation runs on an engine thread with that stack.
 */
final class Evaluation {
    private final long stackBytes;
    private final ExecutorService pool;
    private final RegionPolicy regionPolicy;
    private final java.util.function.Consumer<String> leakListener;
    /** What builtins may do to the host during this engine's evaluations. */
    private final Policy sandbox;

    Evaluation(long stackBytes, RegionPolicy regionPolicy, java.util.function.Consumer<String> leakListener, Policy sandbox) {
        this.stackBytes = stackBytes;
        this.sandbox = sandbox;
        this.regionPolicy = regionPolicy;
        this.leakListener = leakListener;
        this.pool = stackBytes == 0 ? null : Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(null, r, "eshkol-jsr223-eval", stackBytes);
            t.setDaemon(true);
            return t;
        });
    }

    /** The work of an evaluation; throws what escaped the script (mapped by {@link ScriptErrors}). */
    interface Body {
        Object run() throws ScriptException;
    }

    Object run(ScriptContext ctx, String fileName, long limitMillis, Body body) throws ScriptException {
        if (pool == null) return runHere(ctx, fileName, limitMillis, body);
        Future<Object> f = pool.submit(() -> runHere(ctx, fileName, limitMillis, body));
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            throw ScriptErrors.plain("evaluation interrupted", fileName, e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof ScriptException s) throw s;
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }

    private Object runHere(ScriptContext ctx, String fileName, long limitMillis, Body body) throws ScriptException {
        Session session = Session.current();
        DynamicState.ParamBinding saved = session.enter(ctx);
        Watchdog dog = limitMillis > 0 ? new Watchdog(Thread.currentThread(), limitMillis) : null;
        EvaluationScope scope = EvaluationScope.enter(regionPolicy, leakReports(ctx), sandbox);
        try {
            return body.run();
        } catch (EshkolException e) {
            if (dog != null && dog.fired()) throw ScriptErrors.timeLimit(e, limitMillis);
            throw ScriptErrors.of(e);
        } catch (org.eshkol.runtime.control.ExitException e) {
            // a script cannot end the embedding process: (exit) ends the evaluation instead
            throw ScriptErrors.plain("script called exit with status " + e.code(), fileName, e);
        } finally {
            scope.exit();
            if (dog != null) dog.stop();
            session.exit(saved);
        }
    }

    /**
     * Where reports of resources this evaluation creates and drops unclosed go: the engine's listener
     * when its options name one, else the context's error writer.
     */
    private java.util.function.Consumer<String> leakReports(ScriptContext ctx) {
        if (leakListener != null) return leakListener;
        java.io.Writer w = ctx.getErrorWriter();
        if (w == null) return null;
        WriterReports last = lastReports;
        if (last != null && last.w() == w) return last;
        return lastReports = new WriterReports(w);
    }

    /** The reports object made for the last error writer seen: calls with the same context reuse it. */
    private volatile WriterReports lastReports;

    /** Leak reports written as lines to a context's error writer (a class, not a lambda: no bootstrap on the first eval). */
    private record WriterReports(java.io.Writer w) implements java.util.function.Consumer<String> {
        @Override
        public void accept(String message) {
            try {
                synchronized (w) {
                    w.write(message);
                    w.write(System.lineSeparator());
                    w.flush();
                }
            } catch (java.io.IOException e) {
                System.err.println(message);
            }
        }
    }

    /**
     * Calls a procedure with Eshkol arguments in an evaluation of {@code ctx}; returns its Eshkol
     * result. The same as {@link #run} with a body calling the procedure, without allocating one.
     * {@code slot} caches the calling thread's {@link Session}.
     */
    Object call(Session.Slot slot, ScriptContext ctx, long limitMillis, Procedure p, Object[] args) throws ScriptException {
        if (pool != null) return run(ctx, null, limitMillis, () -> callHere(Session.current(), ctx, limitMillis, p, -1, null, null, args));
        return callHere(slot.get(), ctx, limitMillis, p, -1, null, null, args);
    }

    /** {@link #call} with {@code argc} (0, 1 or 2) arguments {@code a}, {@code b}, without an array. */
    Object call(Session.Slot slot, ScriptContext ctx, long limitMillis, Procedure p, int argc, Object a, Object b)
            throws ScriptException {
        if (pool != null) return run(ctx, null, limitMillis, () -> callHere(Session.current(), ctx, limitMillis, p, argc, a, b, null));
        return callHere(slot.get(), ctx, limitMillis, p, argc, a, b, null);
    }

    private Object callHere(Session session, ScriptContext ctx, long limitMillis, Procedure p, int argc, Object a, Object b,
                            Object[] args) throws ScriptException {
        DynamicState.ParamBinding saved = session.enter(ctx);
        Watchdog dog = limitMillis > 0 ? new Watchdog(Thread.currentThread(), limitMillis) : null;
        // a procedure called from Java is one request: regions it leaves open are closed when it
        // returns. An EvaluationScope without allocating one: the getInterface/invokeFunction hot path.
        DynamicState ds = session.ds;
        org.eshkol.runtime.region.Region mark = ds.region;
        RegionPolicy savedPolicy = ds.regionPolicy;
        java.util.function.Consumer<String> savedLeaks = ds.leakReports;
        Policy savedSandbox = ds.policy;
        EvaluationScope.install(ds, regionPolicy, leakReports(ctx));
        ds.policy = sandbox;
        // a frame for shared-value counts the procedure hands back: released when it returns (the
        // result is borrowed by the Java caller, as eval's)
        try (org.eshkol.runtime.shared.Shared.Frame frame = org.eshkol.runtime.shared.Shared.frame()) {
            return argc == 2 ? p.call2(a, b) : argc == 1 ? p.call1(a) : argc == 0 ? p.call0() : p.callArgs(args);
        } catch (Throwable t) {
            throw failure(t, ctx, dog, limitMillis);
        } finally {
            try {
                EvaluationScope.uninstall(ds, mark, savedPolicy, savedLeaks);
            } finally {
                ds.policy = savedSandbox;
            }
            if (dog != null) dog.stop();
            session.exit(saved);
        }
    }

    private static ScriptException failure(Throwable t, ScriptContext ctx, Watchdog dog, long limitMillis) {
        RuntimeException f = Eshkol.failure(t, EshkolScriptEngine.fileName(ctx));
        if (f instanceof org.eshkol.runtime.control.ExitException x) {
            return ScriptErrors.plain("script called exit with status " + x.code(), EshkolScriptEngine.fileName(ctx), x);
        }
        if (!(f instanceof EshkolException e)) throw f;
        if (dog != null && dog.fired()) return ScriptErrors.timeLimit(e, limitMillis);
        return ScriptErrors.of(e);
    }

    /**
     * Interrupts a thread when a time limit passes, unless stopped first. Deciding to fire and
     * delivering the interrupt happen under the watchdog's lock, and so does {@link #stop}: once
     * stop returns, no interrupt of this watchdog is on its way (before, the timer could decide,
     * the evaluation end and stop, and the interrupt land afterwards, on the embedder's next
     * blocking call).
     */
    static final class Watchdog implements Runnable {
        private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "eshkol-jsr223-watchdog");
            t.setDaemon(true);
            return t;
        });
        private static final int RUNNING = 0, FIRED = 1, STOPPED = 2;

        /** Tests only: runs on the timer thread after the limit passed, just before the interrupt is delivered. */
        static volatile Runnable beforeInterrupt;

        private final Thread thread;
        private int state = RUNNING; // guarded by this
        private boolean fired; // guarded by this
        private final ScheduledFuture<?> task;

        Watchdog(Thread thread, long millis) {
            this.thread = thread;
            this.task = TIMER.schedule(this, millis, TimeUnit.MILLISECONDS);
        }

        @Override
        public synchronized void run() {
            if (state != RUNNING) return;
            Runnable hook = beforeInterrupt;
            if (hook != null) hook.run();
            state = FIRED;
            fired = true;
            thread.interrupt();
        }

        synchronized boolean fired() { return fired; }

        /** Stops the watchdog; clears an interrupt it delivered that the script did not consume. */
        void stop() {
            boolean delivered;
            synchronized (this) {
                delivered = state == FIRED;
                state = STOPPED;
            }
            if (delivered) Thread.interrupted();
            else task.cancel(false);
        }
    }

    long stackBytes() { return stackBytes; }
}
