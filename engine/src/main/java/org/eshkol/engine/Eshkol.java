package org.eshkol.engine;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import org.eshkol.analysis.diag.CompileError;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.engine.builtins.BuiltinRegistry;
import org.eshkol.engine.codegen.CompiledUnit;
import org.eshkol.runtime.Global;
import org.eshkol.runtime.SchemeError;
import org.eshkol.runtime.TailCall;
import org.eshkol.runtime.EvaluationScope;
import org.eshkol.runtime.shared.Shared;

/**
 * An Eshkol engine: one global environment and one macro environment, a compiler pipeline in front
 * of them. This is the map of the engine module:
 * <ul>
 *   <li>{@link Pipeline}: reader -> expander -> passes -> code generator, with {@code --trace};</li>
 *   <li>{@code codegen.UnitCompiler}, {@code MethodCompiler}, {@code CallCompiler},
 *       {@code ClosureCompiler}: core IR -> JVM classes, loaded by a {@code ScriptLoader} per unit;
 *       {@code FixnumLoopVars} and {@code FixnumCompiler}: unboxed fixnum loop variables;</li>
 *   <li>{@link GlobalEnvironment}: the global cells; {@code builtins.BuiltinRegistry}: every builtin;</li>
 *   <li>{@link Backtrace}, {@link EshkolException}: how failures are reported;</li>
 *   <li>{@link EshkolPolicy}: what scripts may do to their host (files, network, environment,
 *       interop, {@code exit}), installed for each evaluation; {@code jsr223.EngineControl}: the
 *       attributes scripts never see;</li>
 *   <li>{@code cli.Main}, {@code cli.Repl}: the {@code eshkol} command.</li>
 * </ul>
 * An engine is meant to be used by one thread at a time for compiling; compiled code may run on any
 * thread.
 */
public final class Eshkol {
    public static final String VERSION = "0.1.0";

    private final GlobalEnvironment globals;
    private final Pipeline pipeline;
    private final Evaluator evaluator;
    private final EshkolOptions options;

    public Eshkol() { this(EshkolOptions.defaults()); }

    /**
     * @throws IllegalArgumentException when the options name an unknown pass
     */
    public Eshkol(EshkolOptions options) {
        long t0 = System.nanoTime();
        Pipeline.Pass trace = null;
        if (options.tracePass() != null) {
            trace = Pipeline.Pass.named(options.tracePass());
            if (trace == null) {
                throw new IllegalArgumentException("unknown pass: " + options.tracePass() + " (passes: " + passNames() + ")");
            }
        }
        this.globals = new GlobalEnvironment(BuiltinRegistry.standard());
        this.pipeline = new Pipeline(globals, null, trace, options.traceOut(), options.explainOwnership());
        this.evaluator = Evaluator.create(options.evalStackBytes());
        pipeline.escapeAnalysis(options.escapeAnalysis());
        this.options = options;
        this.startNanos = System.nanoTime() - t0;
    }

    /**
     * Makes this engine a session: the ownership check remembers owned top-level variables, and what
     * procedures do to them, from one compiled program to the next, so closing a resource in one REPL
     * input and using it in the next is reported before the second runs. Not for engines that cache
     * compiled text (JSR-223): a cached program is not checked again.
     */
    public void rememberOwnershipAcrossPrograms() { pipeline.rememberOwnership(); }

    /** The options this engine was made with. */
    public EshkolOptions options() { return options; }

    private final long startNanos;
    private long loadNanos;

    /**
     * Where compile time went: engine start-up, each compiler pass, and class loading, summed over
     * every program this engine compiled ({@code eshkol --time} prints it).
     */
    public String timings() {
        return String.format("engine start %.1f ms, ", startNanos / 1e6) + pipeline.timings()
                + String.format(", load %.1f ms", loadNanos / 1e6);
    }

    /** The names {@code --trace} accepts, comma-separated. */
    public static String passNames() {
        StringBuilder sb = new StringBuilder();
        for (Pipeline.Pass p : Pipeline.Pass.values()) {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append(p.traceName);
        }
        return sb.toString();
    }

    public GlobalEnvironment globals() { return globals; }

    /**
     * A fresh environment with only the builtins: a compiled program can run in it ({@code
     * Compiled.link}), independently of this engine's own globals and of any other environment.
     */
    public GlobalEnvironment newEnvironment() { return new GlobalEnvironment(BuiltinRegistry.standard()); }

    /** A compiled program, ready to run (once or many times). */
    public final class Compiled {
        private final ClassLoader loader;
        private final MethodHandle[] forms;
        private final String fileName;
        private final String[] globalNames;
        /** The cells of this engine's own environment, linked once. */
        private final Global[] ownCells;

        private Compiled(CompiledUnit.Loaded loaded, String fileName, String[] globalNames) {
            this.loader = loaded.loader();
            this.forms = loaded.forms();
            this.fileName = fileName;
            this.globalNames = globalNames;
            this.ownCells = globals.link(globalNames);
        }

        /** The cells this program uses in {@code env}: what to run it against there. */
        public Global[] link(GlobalEnvironment env) { return env == globals ? ownCells : env.link(globalNames); }

        /** Runs every top-level form; returns the value of the last one. */
        public Object run() { return run(ownCells); }

        /** Runs every top-level form against the given cells (from {@link #link}); returns the last value. */
        public Object run(Global[] cells) {
            // on the caller's thread without a Callable: a lambda's bootstrap costs the first eval a millisecond
            return evaluator.onCaller() ? runHere(cells) : evaluator.call(() -> runHere(cells));
        }

        private Object runHere(Global[] cells) {
            EvaluationScope scope = EvaluationScope.enter(options.regions(), options.leakReports(), options.policy().runtime());
            try {
                Object result = org.eshkol.runtime.Unspecified.VALUE;
                for (int i = 0; i < forms.length; i++) result = runFormHere(i, cells);
                return result;
            } finally {
                scope.exit();
            }
        }

        public int formCount() { return forms.length; }

        /** The class loader holding this program's classes (for tests of class unloading). */
        ClassLoader loader() { return loader; }

        /** Runs one top-level form and returns its value. */
        public Object runForm(int i) {
            return evaluator.call(() -> {
                // one form of a session (the REPL): regions opened by region-open stay open for later forms
                EvaluationScope scope = EvaluationScope.enter(options.regions(), options.leakReports(), options.policy().runtime());
                try {
                    return runFormHere(i, ownCells);
                } finally {
                    scope.restore();
                }
            });
        }

        /**
         * Each top-level form is a frame for shared-value counts handed on through results: what it
         * still holds when it ends is released then (a value returned to Java is borrowed; see the
         * README's shared-values section).
         */
        private Object runFormHere(int i, Global[] cells) {
            try (Shared.Frame frame = Shared.frame()) {
                return TailCall.force((Object) forms[i].invokeExact(cells));
            } catch (Throwable t) {
                RuntimeException f = failure(t, fileName); // a release failing at the frame's end is suppressed in t, or is t
                if (f instanceof org.eshkol.runtime.control.ExitException x && !options.policy().allowsExit()) {
                    throw Failures.exitDenied(x, fileName); // the sandbox: exit ends the evaluation, not the process
                }
                throw f;
            }
        }
    }

    /**
     * What escaped script code (a form, or a script procedure called from Java) as this engine
     * reports it: an {@link EshkolException} with the script position, or {@code t} itself when it
     * is no failure of the script (a request to exit).
     */
    public static RuntimeException failure(Throwable t, String fileName) {
        if (t instanceof EshkolException e) return e;
        if (t instanceof SchemeError e) return Failures.uncaught(e, fileName);
        if (t instanceof StackOverflowError e) return Failures.stackOverflow(e, fileName);
        if (t instanceof org.eshkol.runtime.EvaluationInterrupted e) return Failures.interrupted(e, fileName);
        if (t instanceof org.eshkol.runtime.control.ExitException exit) return exit; // a request, not a failure
        return Failures.internal(t, fileName);
    }

    /**
     * Reads, expands, analyses and compiles a program without running it.
     *
     * @throws EshkolException with every diagnostic when the program is rejected
     */
    public Compiled compile(SourceFile file) { return load(compileUnit(file)); }

    /**
     * Reads, expands, analyses and generates the classes of a program without loading them (an
     * embedder may keep the unit, e.g. in a cache, and {@link #load} it later).
     *
     * @throws EshkolException with every diagnostic when the program is rejected
     */
    public CompiledUnit compileUnit(SourceFile file) {
        try {
            return pipeline.compile(file);
        } catch (CompileError e) {
            throw EshkolException.compile(e.diagnostics());
        }
    }

    /** Loads a compiled unit (from {@link #compileUnit}, possibly read back from a cache) in its own class loader. */
    public Compiled load(CompiledUnit unit) {
        long t0 = System.nanoTime();
        Compiled c = new Compiled(unit.load(Eshkol.class.getClassLoader(), options.classFilter()), unit.fileName(), unit.globalNames());
        loadNanos += System.nanoTime() - t0;
        return c;
    }

    /** Checks a program (read, expand, analyse) without compiling or running it. */
    /**
     * {@code eshkol analyze}: the escape analysis report of a program (one line per binding and
     * allocation site, then a summary), after every check the front end makes.
     */
    public String analyzeEscapes(SourceFile file) {
        try {
            return org.eshkol.analysis.pass.EscapeReport.render(pipeline.analyse(file, true).escapes());
        } catch (CompileError e) {
            throw EshkolException.compile(e.diagnostics());
        }
    }

    public void check(SourceFile file) {
        try {
            pipeline.analyse(file);
        } catch (CompileError e) {
            throw EshkolException.compile(e.diagnostics());
        }
    }

    /** Compiles and runs a program; returns the value of its last form. */
    public Object eval(SourceFile file) { return compile(file).run(); }

    public Object eval(String text) { return eval(new SourceFile("<eval>", text)); }

    /** Compiles and runs a program, returning the value of every top-level form in order. */
    public List<Object> evalEach(SourceFile file) {
        Compiled c = compile(file);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < c.formCount(); i++) out.add(c.runForm(i));
        return out;
    }
}
