package org.eshkol.engine.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.Test;

/** The context's writer, error writer, reader and ARGV are what the script sees. */
class ContextTest {
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("eshkol");

    @Test
    void writersAndReaderAreTheCurrentPorts() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        SimpleScriptContext ctx = new SimpleScriptContext();
        ctx.setBindings(engine.createBindings(), ScriptContext.ENGINE_SCOPE);
        ctx.setWriter(out);
        ctx.setErrorWriter(err);
        ctx.setReader(new StringReader("(1 2 3) next-line\nsecond"));
        Object r = engine.eval("(display \"to out\") (newline) (write 'sym (current-error-port))"
                + "(let ((d (read))) (read-char) (read-line) (list (length d) (read-line)))", ctx);
        assertEquals("to out\n", out.toString());
        assertEquals("sym", err.toString());
        assertEquals("(3 \"second\")", printed(r));
    }

    private String printed(Object schemeList) throws Exception {
        Bindings b = engine.createBindings();
        b.put("v", schemeList);
        StringWriter w = new StringWriter();
        SimpleScriptContext ctx = new SimpleScriptContext();
        ctx.setBindings(b, ScriptContext.ENGINE_SCOPE);
        ctx.setWriter(w);
        engine.eval("(write v)", ctx);
        return w.toString();
    }

    @Test
    void argvIsWhatCommandLineReturnsAfterTheFileName() throws Exception {
        engine.put(ScriptEngine.FILENAME, "main.esk");
        engine.put(ScriptEngine.ARGV, new String[] {"-v", "input.txt"});
        StringWriter out = new StringWriter();
        engine.getContext().setWriter(out);
        engine.eval("(write (command-line))");
        assertEquals("(\"main.esk\" \"-v\" \"input.txt\")", out.toString());
        SimpleScriptContext other = new SimpleScriptContext();
        Bindings b = engine.createBindings();
        b.put(ScriptEngine.ARGV, List.of("x"));
        other.setBindings(b, ScriptContext.ENGINE_SCOPE);
        assertEquals(2L, engine.eval("(length (command-line))", other));
        assertEquals(3L, engine.eval("(length (command-line))"));
    }

    @Test
    void outputOfConcurrentContextsDoesNotMix() throws Exception {
        var script = ((javax.script.Compilable) engine).compile("(do ((i 0 (+ i 1))) ((= i 200)) (display tag))");
        StringWriter[] outs = new StringWriter[4];
        Thread[] ts = new Thread[4];
        Throwable[] failure = new Throwable[1];
        for (int t = 0; t < 4; t++) {
            outs[t] = new StringWriter();
            SimpleScriptContext ctx = new SimpleScriptContext();
            Bindings b = engine.createBindings();
            b.put("tag", Integer.toString(t));
            ctx.setBindings(b, ScriptContext.ENGINE_SCOPE);
            ctx.setWriter(outs[t]);
            ts[t] = new Thread(() -> {
                try {
                    for (int k = 0; k < 20; k++) script.eval(ctx);
                } catch (Throwable e) {
                    failure[0] = e;
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) t.join();
        if (failure[0] != null) throw new AssertionError(failure[0]);
        for (int t = 0; t < 4; t++) assertEquals(Integer.toString(t).repeat(4000), outs[t].toString());
    }
}
