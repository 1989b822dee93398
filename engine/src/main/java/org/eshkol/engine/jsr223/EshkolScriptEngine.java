package org.eshkol.engine.jsr223;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.engine.Eshkol;
import org.eshkol.engine.EshkolException;
import org.eshkol.engine.EshkolOptions;
import org.eshkol.engine.GlobalEnvironment;
import org.eshkol.engine.codegen.CompiledUnit;
import org.eshkol.engine.interop.JavaValues;
import org.eshkol.runtime.Global;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.data.HashTable;

/**
 * The JSR-223 Eshkol engine. Bindings are global variables both ways ({@link EshkolBindings}; a
 * foreign {@code Bindings} gets an environment of its own, synchronised around each evaluation);
 * {@code GLOBAL_SCOPE} supplies globals the engine scope lacks. Scripts are compiled once per
 * (text, file name, options, engine version) and kept in a bounded in-memory cache, optionally also
 * on disk ({@value #CACHE_DIR}). Attributes: {@code ScriptEngine.FILENAME} (diagnostics and
 * backtraces), {@code ScriptEngine.ARGV} (what {@code command-line} returns, after the file name),
 * {@value #TIME_LIMIT} (milliseconds an evaluation may run before it is interrupted). Those that
 * control the engine ({@link EngineControl}) are never script globals, whatever scope holds them.
 */
public final class EshkolScriptEngine extends AbstractScriptEngine implements Compilable, Invocable {
    /** Attribute (or system property): milliseconds after which an evaluation is interrupted. */
    public static final String TIME_LIMIT = "eshkol.timeLimitMillis";
    /** Attribute (or system property): a directory where compiled scripts are cached across JVMs. */
    public static final String CACHE_DIR = "eshkol.cacheDir";
    static final int MEMORY_CACHE_SIZE = 256;
    private static final String DEFAULT_FILE = "<eval>";

    private final EshkolScriptEngineFactory factory;
    private final EshkolOptions options;
    private final Eshkol eshkol;
    private final Evaluation evaluation;
    private final ForeignEnvironments foreign;
    /** The session cache of {@code invokeFunction} and {@code invokeMethod}. */
    private final Session.Slot invokeSlot = new Session.Slot();
    private final Object compileLock = new Object();
    private final Map<ScriptKey, EshkolCompiledScript> memory = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ScriptKey, EshkolCompiledScript> eldest) {
            return size() > MEMORY_CACHE_SIZE;
        }
    };
    /**
     * Bumped when the front end's state changes in a way that changes generated code: a script
     * defines macros, or a builtin's name gets redefined (calls to it then go through its cell).
     * A cached script is reused only when compiled in the current generation.
     */
    private final AtomicLong generation = new AtomicLong();
    private final Set<String> redefinedBuiltins = ConcurrentHashMap.newKeySet();
    private final AtomicLong compilations = new AtomicLong();
    private final AtomicLong diskLoads = new AtomicLong();
    private volatile DiskCache disk;

    EshkolScriptEngine(EshkolScriptEngineFactory factory, EshkolOptions options) {
        this.factory = factory;
        this.options = options;
        this.eshkol = new Eshkol(options.withEvalStack(0));
        this.evaluation = new Evaluation(options.evalStackBytes(), options.regions(), options.leakReports(), options.policy().runtime());
        // command-line is bound per environment when ARGV is given: calls must go through the cell.
        eshkol.globals().markUserDefined("command-line");
        redefinedBuiltins.add("command-line");
        this.foreign = new ForeignEnvironments(eshkol, onPut);
        context.setBindings(new EshkolBindings(eshkol.globals(), onPut), ScriptContext.ENGINE_SCOPE);
    }

    // ---- compiling and caching ----

    @Override
    public CompiledScript compile(String script) throws ScriptException { return compiled(script, fileName(context), context); }

    @Override
    public CompiledScript compile(Reader script) throws ScriptException { return compile(readAll(script)); }

    @Override
    public Object eval(String script, ScriptContext ctx) throws ScriptException { return run(compiled(script, fileName(ctx), ctx), ctx); }

    @Override
    public Object eval(Reader reader, ScriptContext ctx) throws ScriptException { return eval(readAll(reader), ctx); }

    private EshkolCompiledScript compiled(String text, String fileName, ScriptContext ctx) throws ScriptException {
        ScriptKey key = ScriptKey.of(text, fileName, options);
        EshkolCompiledScript c = cached(key);
        if (c != null) return c;
        synchronized (compileLock) {
            c = cached(key);
            if (c != null) return c;
            c = compileNow(text, fileName, key, diskCache(ctx));
            synchronized (memory) {
                memory.put(key, c);
            }
            return c;
        }
    }

    private EshkolCompiledScript cached(ScriptKey key) {
        EshkolCompiledScript c;
        synchronized (memory) {
            c = memory.get(key);
        }
        return c != null && c.generation == generation.get() ? c : null;
    }

    private EshkolCompiledScript compileNow(String text, String fileName, ScriptKey key, DiskCache disk) throws ScriptException {
        long before = generation.get();
        boolean macros = text.contains("define-syntax");
        // Units on disk were compiled by a pristine front end; only such a front end may reuse them.
        boolean useDisk = disk != null && before == 0 && !macros;
        if (useDisk) {
            DiskCache.Entry e = disk.read(key.diskKey());
            if (e != null) {
                Eshkol.Compiled loaded = eshkol.load(e.unit());
                for (String n : e.definedNames()) definedByScript(n);
                diskLoads.incrementAndGet();
                return new EshkolCompiledScript(this, loaded, fileName, e.unit().globalNames(), generation.get());
            }
        }
        CompiledUnit unit;
        try {
            unit = eshkol.compileUnit(new SourceFile(fileName, text));
        } catch (EshkolException e) {
            throw ScriptErrors.of(e);
        }
        compilations.incrementAndGet();
        List<String> defined = new ArrayList<>();
        for (String n : unit.globalNames()) {
            if (eshkol.globals().isUserDefined(n)) defined.add(n);
            definedByScript(n);
        }
        if (macros) generation.incrementAndGet();
        Eshkol.Compiled loaded = eshkol.load(unit);
        if (useDisk) disk.write(key.diskKey(), unit, defined.toArray(new String[0]));
        return new EshkolCompiledScript(this, loaded, fileName, unit.globalNames(), generation.get());
    }

    /** A global a script defines: when it is a builtin's name, code compiled from now on calls it through its cell. */
    private void definedByScript(String name) {
        GlobalEnvironment g = eshkol.globals();
        if (g.isUserDefined(name) && g.builtins().get(name) != null && redefinedBuiltins.add(name)) {
            g.markUserDefined(name);
            generation.incrementAndGet();
        }
    }

    /** A global Java puts into some bindings. */
    /**
     * Runs a compiled script against cells (a class, not a lambda: a lambda's bootstrap costs the
     * first evaluation in a JVM about a millisecond).
     */
    private static final class RunCompiled implements Evaluation.Body {
        private final Eshkol.Compiled compiled;
        private final Global[] cells;

        RunCompiled(Eshkol.Compiled compiled, Global[] cells) {
            this.compiled = compiled;
            this.cells = cells;
        }

        @Override
        public Object run() { return compiled.run(cells); }
    }

    /** What bindings report when Java puts a name ({@link #definedByJava}). */
    private final class OnPut implements java.util.function.Consumer<String> {
        @Override
        public void accept(String name) { definedByJava(name); }
    }

    private final OnPut onPut = new OnPut();

    private void definedByJava(String name) {
        GlobalEnvironment g = eshkol.globals();
        if (g.builtins().get(name) != null && redefinedBuiltins.add(name)) {
            g.markUserDefined(name);
            generation.incrementAndGet();
        }
    }

    private DiskCache diskCache(ScriptContext ctx) {
        Object dir = ctx.getAttribute(CACHE_DIR);
        if (dir == null) dir = System.getProperty(CACHE_DIR);
        if (dir == null) return null;
        Path p = Path.of(dir.toString());
        DiskCache d = disk;
        if (d == null || !d.dir().equals(p)) disk = d = new DiskCache(p, eshkol.globals().builtins());
        return d;
    }

    /** How many scripts this engine compiled (cache misses); for tests. */
    long compilations() { return compilations.get(); }

    /** How many scripts this engine loaded from the disk cache; for tests. */
    long diskLoads() { return diskLoads.get(); }

    // ---- running ----

    Object run(EshkolCompiledScript script, ScriptContext ctx) throws ScriptException {
        Bindings b = ctx.getBindings(ScriptContext.ENGINE_SCOPE);
        if (b instanceof EshkolBindings eb) return runIn(script, eb, ctx);
        if (b == null) return runIn(script, eshkol.globals(), null, ctx);
        SyncedEnvironment se = foreign.of(b);
        synchronized (se) {
            se.syncIn(b);
            try {
                return runIn(script, se.env, se, ctx);
            } finally {
                se.syncOut(b);
            }
        }
    }

    /** {@link #runIn(EshkolCompiledScript, GlobalEnvironment, SyncedEnvironment, ScriptContext)} in an engine's own bindings. */
    private Object runIn(EshkolCompiledScript script, EshkolBindings eb, ScriptContext ctx) throws ScriptException {
        GlobalEnvironment env = eb.environment();
        Global[] cells = script.cells(env);
        fromGlobalScope(script.globalNames, cells, null, ctx);
        if (ctx.getClass() == SimpleScriptContext.class) {
            setArguments(env, eb.commandLineCell(), fastAttribute(ctx, eb.argvCell(), ScriptEngine.ARGV), script.fileName);
        } else {
            setArguments(env, ctx, script.fileName);
        }
        Object r = evaluation.run(ctx, script.fileName, timeLimit(ctx), new RunCompiled(script.compiled, cells));
        return JavaValues.toJava(r);
    }

    private Object runIn(EshkolCompiledScript script, GlobalEnvironment env, SyncedEnvironment synced, ScriptContext ctx)
            throws ScriptException {
        Global[] cells = script.cells(env);
        fromGlobalScope(script.globalNames, cells, synced, ctx);
        setArguments(env, ctx, script.fileName);
        Object r = evaluation.run(ctx, script.fileName, timeLimit(ctx), new RunCompiled(script.compiled, cells));
        return JavaValues.toJava(r);
    }

    /** Globals the script uses that the engine scope lacks are taken from GLOBAL_SCOPE. */
    private static void fromGlobalScope(String[] names, Global[] cells, SyncedEnvironment synced, ScriptContext ctx) {
        Bindings global = ctx.getBindings(ScriptContext.GLOBAL_SCOPE);
        if (global == null || global.isEmpty()) return;
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isBound() && !EngineControl.isControl(names[i]) && global.containsKey(names[i])) {
                Object java = global.get(names[i]);
                cells[i].value = JavaValues.toScheme(java);
                // not copied out into foreign engine-scope bindings unless the script changes it
                if (synced != null) synced.borrowed(names[i], java, cells[i].value);
            }
        }
    }

    /** Binds {@code command-line} in {@code env} to the context's ARGV (or back to the builtin when there is none). */
    private static void setArguments(GlobalEnvironment env, ScriptContext ctx, String fileName) {
        setArguments(env, env.cell("command-line"), ctx.getAttribute(ScriptEngine.ARGV), fileName);
    }

    private static void setArguments(GlobalEnvironment env, Global cell, Object argv, String fileName) {
        if (argv == null) {
            if (cell.value instanceof CommandLineProcedure) cell.value = env.builtins().initialValue("command-line");
            return;
        }
        List<String> words = new ArrayList<>();
        words.add(fileName);
        if (argv instanceof Object[] a) for (Object o : a) words.add(String.valueOf(o));
        else if (argv instanceof Iterable<?> it) for (Object o : it) words.add(String.valueOf(o));
        else words.add(String.valueOf(argv));
        if (!(cell.value instanceof CommandLineProcedure c && c.words.equals(words))) cell.value = new CommandLineProcedure(words);
    }

    /** The system property's time limit, read once. */
    private static final String DEFAULT_TIME_LIMIT = System.getProperty(TIME_LIMIT);

    /** The context's time limit in milliseconds (0: none); no hashing for the usual context. */
    static long timeLimit(ScriptContext ctx) {
        Object v = ctx.getClass() == SimpleScriptContext.class && ctx.getBindings(ScriptContext.ENGINE_SCOPE) instanceof EshkolBindings eb
                ? fastControl(ctx, eb, TIME_LIMIT)
                : ctx.getAttribute(TIME_LIMIT);
        return v == null && DEFAULT_TIME_LIMIT == null ? 0 : parseLimit(v == null ? DEFAULT_TIME_LIMIT : v);
    }

    /**
     * {@code ctx.getAttribute(name)} for a {@code SimpleScriptContext} whose engine scope is
     * {@link EshkolBindings}, given the attribute's cell there: a field read, and an emptiness test
     * of the global scope while the engine scope lacks it.
     */
    private static Object fastAttribute(ScriptContext ctx, Global cell, String name) {
        if (cell.isBound()) return JavaValues.toJava(cell.value);
        Bindings global = ctx.getBindings(ScriptContext.GLOBAL_SCOPE);
        return global == null || global.isEmpty() ? null : global.get(name);
    }

    /** {@code ctx.getAttribute(name)} of an engine-control attribute, for a {@code SimpleScriptContext} over {@link EshkolBindings}. */
    private static Object fastControl(ScriptContext ctx, EshkolBindings eb, String name) {
        Object v = eb.control(name);
        if (v != null) return v;
        Bindings global = ctx.getBindings(ScriptContext.GLOBAL_SCOPE);
        return global == null || global.isEmpty() ? null : global.get(name);
    }

    private static long parseLimit(Object v) {
        if (v instanceof Number n) return n.longValue();
        try {
            return Long.parseLong(v.toString().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String fileName(ScriptContext ctx) {
        Object f = ctx.getAttribute(ScriptEngine.FILENAME);
        return f == null ? DEFAULT_FILE : f.toString();
    }

    private static String readAll(Reader r) throws ScriptException {
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = r.read(buf)) > 0; ) sb.append(buf, 0, n);
            return sb.toString();
        } catch (IOException e) {
            ScriptException s = new ScriptException("cannot read the script: " + e.getMessage());
            s.initCause(e);
            throw s;
        }
    }

    // ---- Invocable ----

    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        return invoke(null, name, args);
    }

    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException, NoSuchMethodException {
        if (thiz == null) throw new IllegalArgumentException("invokeMethod: thiz is null");
        return invoke(thiz, name, args);
    }

    private Object invoke(Object thiz, String name, Object[] args) throws ScriptException, NoSuchMethodException {
        if (name == null) throw new NullPointerException("name");
        ScriptContext ctx = context;
        Bindings b = ctx.getBindings(ScriptContext.ENGINE_SCOPE);
        Object[] full = args == null ? new Object[0] : args;
        if (thiz != null) {
            full = new Object[full.length + 1];
            full[0] = thiz;
            if (args != null) System.arraycopy(args, 0, full, 1, args.length);
        }
        if (b instanceof EshkolBindings eb) return call(procedure(eb.environment(), name, ctx), full, ctx);
        if (b == null) return call(procedure(eshkol.globals(), name, ctx), full, ctx);
        SyncedEnvironment se = foreign.of(b);
        synchronized (se) {
            se.syncIn(b);
            try {
                return call(procedure(se.env, name, ctx), full, ctx);
            } finally {
                se.syncOut(b);
            }
        }
    }

    private static Procedure procedure(GlobalEnvironment env, String name, ScriptContext ctx) throws NoSuchMethodException {
        Global g = env.find(name);
        if (g != null && g.value instanceof Procedure p) return p;
        if (g == null || !g.isBound()) {
            Bindings global = ctx.getBindings(ScriptContext.GLOBAL_SCOPE);
            if (global != null && JavaValues.toScheme(global.get(name)) instanceof Procedure p) return p;
        }
        throw new NoSuchMethodException(name + (g != null && g.isBound() ? " is not a procedure" : ": no such procedure"));
    }

    /** Calls a script procedure with Java arguments in an evaluation of {@code ctx}. */
    private Object call(Procedure p, Object[] args, ScriptContext ctx) throws ScriptException {
        if (args.length <= 2) {
            Object a0 = args.length > 0 ? JavaValues.toScheme(args[0]) : null;
            Object a1 = args.length > 1 ? JavaValues.toScheme(args[1]) : null;
            return JavaValues.toJava(evaluation.call(invokeSlot, ctx, timeLimit(ctx), p, args.length, a0, a1));
        }
        Object[] a = new Object[args.length];
        for (int i = 0; i < a.length; i++) a[i] = JavaValues.toScheme(args[i]);
        return callScheme(invokeSlot, p, a, ctx);
    }

    /** Calls a script procedure with Eshkol arguments in an evaluation of {@code ctx}; returns a Java value. */
    private Object callScheme(Session.Slot slot, Procedure p, Object[] schemeArgs, ScriptContext ctx) throws ScriptException {
        return JavaValues.toJava(evaluation.call(slot, ctx, timeLimit(ctx), p, schemeArgs));
    }

    /** Calls procedures for interface implementations, in evaluations of one context. */
    private final class ContextCaller implements InterfaceProxies.Caller {
        private final ScriptContext ctx;
        private final Session.Slot slot = new Session.Slot();

        ContextCaller(ScriptContext ctx) { this.ctx = ctx; }

        @Override
        public Object call(Procedure p, Object[] schemeArgs) throws ScriptException {
            return evaluation.call(slot, ctx, timeLimit(ctx), p, schemeArgs);
        }

        @Override
        public Object call(Procedure p, int argc, Object a, Object b) throws ScriptException {
            return evaluation.call(slot, ctx, timeLimit(ctx), p, argc, a, b);
        }
    }

    @Override
    public <T> T getInterface(Class<T> iface) {
        ScriptContext ctx = context;
        Bindings b = ctx.getBindings(ScriptContext.ENGINE_SCOPE);
        GlobalEnvironment env = b instanceof EshkolBindings eb ? eb.environment()
                : b == null ? eshkol.globals() : syncedForInterface(b);
        return InterfaceProxies.ofGlobals(iface, env::find, new ContextCaller(ctx));
    }

    private GlobalEnvironment syncedForInterface(Bindings b) {
        SyncedEnvironment se = foreign.of(b);
        synchronized (se) {
            se.syncIn(b);
        }
        return se.env;
    }

    @Override
    public <T> T getInterface(Object thiz, Class<T> iface) {
        if (!(thiz instanceof HashTable table)) {
            throw new IllegalArgumentException("getInterface: expected an Eshkol hash table of procedures, got "
                    + (thiz == null ? "null" : thiz.getClass().getName()));
        }
        ScriptContext ctx = context;
        return InterfaceProxies.ofTable(iface, table, new ContextCaller(ctx));
    }

    // ---- the rest of ScriptEngine ----

    @Override
    public Bindings createBindings() { return new EshkolBindings(eshkol.newEnvironment(), onPut); }

    @Override
    public ScriptEngineFactory getFactory() { return factory; }

    @Override
    public String toString() { return "EshkolScriptEngine" + Arrays.asList(Eshkol.VERSION); }
}
