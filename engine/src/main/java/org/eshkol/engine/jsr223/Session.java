package org.eshkol.engine.jsr223;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import javax.script.ScriptContext;
import org.eshkol.runtime.DynamicState;
import org.eshkol.runtime.io.Port;
import org.eshkol.runtime.io.StandardPorts;
import org.eshkol.runtime.io.TextInputPort;
import org.eshkol.runtime.io.TextOutputPort;

/**
 * The evaluation state of one thread: its {@link DynamicState}, the ports wrapping the last
 * writers and reader it saw (ports are not thread-safe), and the chain of parameter bindings that
 * makes them the current ports. An evaluation whose context has the same writers and reader as the
 * last one, started from the same parameter bindings, reuses that chain: entering is a few field
 * reads and one write. Output is flushed after an evaluation only when something was written.
 */
final class Session {
    private static final ThreadLocal<Session> CURRENT = new ThreadLocal<>() {
        @Override
        protected Session initialValue() { return new Session(); }
    };

    /** The thread this session belongs to. */
    final Thread owner = Thread.currentThread();
    final DynamicState ds = DynamicState.current();
    private Writer outWriter, errWriter;
    private Reader reader;
    private TextOutputPort out, err;
    private TextInputPort in;
    private Dirty outDirty, errDirty;
    /** The bindings {@link #chain} was built on, and the chain binding the ports on top of them. */
    private DynamicState.ParamBinding base, chain;
    private boolean built;

    static Session current() { return CURRENT.get(); }

    /**
     * A one-entry cache of {@link #current()} for a caller that is called again and again (an
     * interface implementation, an engine's {@code invokeFunction}): it remembers the session of one
     * thread, the first to call (or the next one after that thread ended), so that thread skips the
     * thread-local lookup; other threads pay one comparison more. It is written only then, so
     * threads sharing a caller do not contend for it. Racy by design: a thread that sees another
     * thread's session (its {@code owner} is final) falls back to the thread-local.
     */
    static final class Slot {
        private Session cached;

        Session get() {
            Session s = cached;
            if (s != null && s.owner == Thread.currentThread()) return s;
            return miss(s);
        }

        private Session miss(Session s) {
            Session mine = CURRENT.get();
            if (s == null || !s.owner.isAlive()) cached = mine;
            return mine;
        }
    }

    /** Makes the context's writers and reader the current ports; returns the bindings to restore with {@link #exit}. */
    DynamicState.ParamBinding enter(ScriptContext ctx) {
        DynamicState.ParamBinding saved = ds.params;
        Writer w = ctx.getWriter(), e = ctx.getErrorWriter();
        Reader r = ctx.getReader();
        if (!built || w != outWriter || e != errWriter || r != reader || saved != base) rebuild(w, e, r, saved);
        ds.params = chain;
        return saved;
    }

    /** Restores the bindings {@link #enter} returned and flushes what the evaluation wrote. */
    void exit(DynamicState.ParamBinding saved) {
        ds.params = saved;
        if (out != null && (outDirty.written || !out.buffer().isEmpty())) flush(out, outDirty);
        if (err != null && (errDirty.written || !err.buffer().isEmpty())) flush(err, errDirty);
        if (!intact()) built = false;
    }

    private static void flush(TextOutputPort p, Dirty d) {
        d.written = false;
        p.flush();
    }

    /** Whether the script left the chain's bindings as they were (a parameter object can set them). */
    private boolean intact() {
        DynamicState.ParamBinding p = chain;
        if (in != null) {
            if (p.value != in) return false;
            p = p.next;
        }
        if (err != null) {
            if (p.value != err) return false;
            p = p.next;
        }
        return out == null || p.value == out;
    }

    private void rebuild(Writer w, Writer e, Reader r, DynamicState.ParamBinding saved) {
        if (w != outWriter || !built) {
            outWriter = w;
            outDirty = w == null ? null : new Dirty(w);
            out = w == null ? null : Port.ofWriter(outDirty, false);
        }
        if (e != errWriter || !built) {
            errWriter = e;
            errDirty = e == null ? null : new Dirty(e);
            err = e == null ? null : Port.ofWriter(errDirty, true);
        }
        if (r != reader || !built) {
            reader = r;
            in = r == null ? null : Port.ofReader(r);
        }
        DynamicState.ParamBinding p = saved;
        if (out != null) p = new DynamicState.ParamBinding(StandardPorts.OUTPUT, out, p);
        if (err != null) p = new DynamicState.ParamBinding(StandardPorts.ERROR, err, p);
        if (in != null) p = new DynamicState.ParamBinding(StandardPorts.INPUT, in, p);
        base = saved;
        chain = p;
        built = true;
    }

    /** A writer that remembers whether anything went through it since its port was last flushed. */
    private static final class Dirty extends Writer {
        private final Writer w;
        boolean written;

        Dirty(Writer w) { this.w = w; }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            written = true;
            w.write(cbuf, off, len);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            written = true;
            w.write(s, off, len);
        }

        @Override
        public Writer append(CharSequence csq) throws IOException {
            written = true;
            w.append(csq);
            return this;
        }

        @Override
        public void flush() throws IOException { w.flush(); }

        @Override
        public void close() throws IOException { w.close(); }
    }
}
