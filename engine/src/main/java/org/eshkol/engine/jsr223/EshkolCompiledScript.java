package org.eshkol.engine.jsr223;

import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.eshkol.engine.Eshkol;
import org.eshkol.engine.GlobalEnvironment;
import org.eshkol.runtime.Global;

/**
 * A script compiled once and evaluated any number of times, with any bindings, from any number of
 * threads at once: each evaluation runs the compiled code against the global cells of its context's
 * engine scope. The cells of the last environment used are kept, so evaluating again with the same
 * bindings links nothing.
 */
final class EshkolCompiledScript extends CompiledScript {
    private final EshkolScriptEngine engine;
    final Eshkol.Compiled compiled;
    final String fileName;
    final String[] globalNames;
    /** The engine's front-end generation after this script was compiled (see the engine's cache). */
    final long generation;
    private volatile Linked last;

    private record Linked(GlobalEnvironment env, Global[] cells) {}

    EshkolCompiledScript(EshkolScriptEngine engine, Eshkol.Compiled compiled, String fileName, String[] globalNames, long generation) {
        this.engine = engine;
        this.compiled = compiled;
        this.fileName = fileName;
        this.globalNames = globalNames;
        this.generation = generation;
    }

    /** The cells this script runs against in {@code env}. */
    Global[] cells(GlobalEnvironment env) {
        Linked l = last;
        if (l != null && l.env == env) return l.cells;
        Global[] cells = compiled.link(env);
        last = new Linked(env, cells);
        return cells;
    }

    @Override
    public Object eval(ScriptContext context) throws ScriptException { return engine.run(this, context); }

    @Override
    public ScriptEngine getEngine() { return engine; }
}
