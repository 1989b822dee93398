package org.eshkol.engine.jsr223;

import java.io.Reader;
import java.io.Writer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.script.ScriptContext;
import javax.script.ScriptException;
import org.eshkol.engine.EshkolException;
import org.eshkol.runtime.DynamicState;
import org.eshkol.runtime.io.Port;
import org.eshkol.runtime.io.StandardPorts;
import org.eshkol.runtime.io.TextInputPort;
import org.eshkol.runtime.io.TextOutputPort;

/**
 * One evaluation of script code for a {@link ScriptContext}: binds the context's writer, error
 * writer and reader as the current output, error and input ports (on the evaluating thread only, so
 * concurrent evaluations do not see each other's ports), flushes them afterwards, enforces the
 * optional time limit (a watchdog interrupts the evaluating thread, which stops the script at its
 * next loop back-edge or call) and turns failures into {@link ScriptException}s. With a stack size
 * configured, the evaluation runs on an engine thread with that stack.
 */
final class Evaluation {
    private final long stackBytes;
    private final ExecutorService pool;

    Evaluation(long stackBytes) {
        this.stackBytes = stackBytes;
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

    private static Object runHere(ScriptContext ctx, String fileName, long limitMillis, Body body) throws ScriptException {
        DynamicState ds = DynamicState.current();
        DynamicState.ParamBinding saved = ds.params;
        Ports ports = PORTS.get();
        TextOutputPort out = ports.out(ctx.getWriter());
        TextOutputPort err = ports.err(ctx.getErrorWriter());
        TextInputPort in = ports.in(ctx.getReader());
        DynamicState.ParamBinding p = saved;
        if (out != null) p = new DynamicState.ParamBinding(StandardPorts.OUTPUT, out, p);
        if (err != null) p = new DynamicState.ParamBinding(StandardPorts.ERROR, err, p);
        if (in != null) p = new DynamicState.ParamBinding(StandardPorts.INPUT, in, p);
        ds.params = p;
        Watchdog dog = limitMillis > 0 ? new Watchdog(Thread.currentThread(), limitMillis) : null;
        try {
            return body.run();
        } catch (EshkolException e) {
            if (dog != null && dog.fired()) throw ScriptErrors.timeLimit(e, limitMillis);
            throw ScriptErrors.of(e);
        } finally {
            if (dog != null) dog.stop();
            ds.params = saved;
            if (out != null) out.flush();
            if (err != null) err.flush();
        }
    }

    private static final ThreadLocal<Ports> PORTS = ThreadLocal.withInitial(Ports::new);

    /** The ports of one thread wrapping the last writers and reader it saw (ports are not thread-safe). */
    private static final class Ports {
        private Writer outWriter, errWriter;
        private Reader reader;
        private TextOutputPort out, err;
        private TextInputPort in;

        TextOutputPort out(Writer w) {
            if (w != outWriter) {
                outWriter = w;
                out = w == null ? null : Port.ofWriter(w, false);
            }
            return out;
        }

        TextOutputPort err(Writer w) {
            if (w != errWriter) {
                errWriter = w;
                err = w == null ? null : Port.ofWriter(w, true);
            }
            return err;
        }

        TextInputPort in(Reader r) {
            if (r != reader) {
                reader = r;
                in = r == null ? null : Port.ofReader(r);
            }
            return in;
        }
    }

    /** Interrupts a thread when a time limit passes, unless stopped first. */
    private static final class Watchdog implements Runnable {
        private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "eshkol-jsr223-watchdog");
            t.setDaemon(true);
            return t;
        });
        private static final int RUNNING = 0, FIRED = 1, STOPPED = 2;

        private final Thread thread;
        private final AtomicInteger state = new AtomicInteger(RUNNING);
        private final ScheduledFuture<?> task;

        Watchdog(Thread thread, long millis) {
            this.thread = thread;
            this.task = TIMER.schedule(this, millis, TimeUnit.MILLISECONDS);
        }

        @Override
        public void run() {
            if (state.compareAndSet(RUNNING, FIRED)) thread.interrupt();
        }

        boolean fired() { return state.get() == FIRED; }

        /** Stops the watchdog; clears an interrupt it delivered that the script did not consume. */
        void stop() {
            if (!state.compareAndSet(RUNNING, STOPPED)) Thread.interrupted();
            else task.cancel(false);
        }
    }

    long stackBytes() { return stackBytes; }
}
