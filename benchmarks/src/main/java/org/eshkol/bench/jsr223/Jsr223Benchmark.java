package org.eshkol.bench.jsr223;

import java.util.concurrent.TimeUnit;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: the four JSR-223 engines ({@code engine} = eshkol, nashorn, groovy, kawa) through
 * {@code javax.script} only, on what every engine offers: a new ~100-line script compiled and
 * evaluated in an existing engine ({@link #coldEval}: a distinct text each time), a compiled script
 * evaluated again with the engine's bindings and with other bindings, and a warm interop loop of
 * {@value #INTEROP_N} {@code Math.max} calls (divide by {@value #INTEROP_N} for one iteration).
 * Results are checked once before measuring. Same settings as
 * {@link org.eshkol.bench.jmh.ProgramBenchmark}, in nanoseconds.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m", "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class Jsr223Benchmark {
    static final int INTEROP_N = 10_000;

    @Param({"eshkol", "nashorn", "groovy", "kawa"})
    public String engine;

    private Dialect dialect;
    private ScriptEngine e;
    private CompiledScript readsX, interop;
    private Bindings other;
    private long unique;

    @Setup(Level.Trial)
    public void setUp() throws ScriptException {
        dialect = Dialect.named(engine);
        e = dialect.newEngine();
        e.put("x", 41);
        e.put("n", INTEROP_N);
        Compilable c = (Compilable) e;
        readsX = c.compile(dialect.readsX());
        interop = c.compile(dialect.interopLoop());
        other = e.createBindings();
        other.put("x", 41);
        check("cold eval", coldEval(), Dialect.longScriptValue(unique - 1));
        for (int i = 1; i <= 2; i++) { // Kawa's compiled scripts run once: later evals return no value
            check("compiled eval #" + i, compiledEvalEngineBindings(), 42);
            check("compiled eval with other bindings #" + i, compiledEvalOtherBindings(), 42);
            check("interop #" + i, interopLoop(), Dialect.interopValue(INTEROP_N));
        }
    }

    static void check(String what, Object got, long expected) {
        if (!(got instanceof Number n) || n.longValue() != expected) {
            System.err.println("WARNING: " + what + " returned " + got + (got == null ? "" : " (" + got.getClass().getName() + ")")
                    + ", expected " + expected);
        }
    }

    /** Compiles and evaluates a ~100-line script never seen before. */
    @Benchmark
    public Object coldEval() throws ScriptException { return e.eval(dialect.longScript(unique++)); }

    @Benchmark
    public Object compiledEvalEngineBindings() throws ScriptException { return readsX.eval(); }

    @Benchmark
    public Object compiledEvalOtherBindings() throws ScriptException { return readsX.eval(other); }

    /** {@value #INTEROP_N} iterations of a script loop calling {@code Math.max}. */
    @Benchmark
    public Object interopLoop() throws ScriptException { return interop.eval(); }
}
