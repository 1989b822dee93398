package org.eshkol.bench.jsr223;

import java.util.concurrent.TimeUnit;
import java.util.function.LongBinaryOperator;
import javax.script.Invocable;
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
 * JMH: {@code Invocable} in the engines that have it (Kawa's JSR-223 engine does not):
 * {@code invokeFunction} of a two-argument procedure, and a call of {@code applyAsLong} through
 * {@code getInterface(LongBinaryOperator.class)}. Same settings as {@link Jsr223Benchmark}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m", "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class Jsr223InvocableBenchmark {
    @Param({"eshkol", "nashorn", "groovy"})
    public String engine;

    private Invocable invocable;
    private LongBinaryOperator op;
    private Integer a = 20, b = 22;
    private long la = 20, lb = 22;

    @Setup(Level.Trial)
    public void setUp() throws ScriptException, NoSuchMethodException {
        Dialect d = Dialect.named(engine);
        ScriptEngine e = d.newEngine();
        e.eval(d.procedures());
        invocable = (Invocable) e;
        op = invocable.getInterface(LongBinaryOperator.class);
        if (op == null) throw new IllegalStateException(engine + ": getInterface returned null");
        Jsr223Benchmark.check("invokeFunction", invokeFunction(), 42);
        Jsr223Benchmark.check("getInterface", getInterfaceCall(), 42);
    }

    @Benchmark
    public Object invokeFunction() throws ScriptException, NoSuchMethodException { return invocable.invokeFunction("add2", a, b); }

    @Benchmark
    public long getInterfaceCall() { return op.applyAsLong(la, lb); }
}
