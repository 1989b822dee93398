package org.eshkol.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.eshkol.bench.Compare;
import org.eshkol.bench.Implementation;
import org.eshkol.bench.Program;
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
 * The base of every JMH benchmark here, fixing the settings: one fork, 5 warm-up and 5 measured
 * iterations of one second, average time per {@code (run)} in milliseconds. The program is loaded
 * (compiled) once per trial in the implementation named by the {@code impl} parameter, Eshkol by
 * default; its result is checked against plain Java's before measuring. The heap is fixed and
 * pre-touched (see {@link org.eshkol.bench.Machine#heapWarning()}).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m", "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public abstract class ProgramBenchmark {
    @Param({"eshkol"})
    public String impl;

    private Implementation.Loaded loaded;

    /** The program this benchmark runs. */
    protected abstract Program program();

    @Setup(Level.Trial)
    public void load() throws Throwable {
        loaded = Compare.named(impl).load(program());
        Implementation.Loaded reference = Compare.named("java").load(program());
        String got = loaded.show(loaded.run()).replaceAll("\\s+", " ").strip();
        String expected = reference.show(reference.run()).replaceAll("\\s+", " ").strip();
        if (!got.equals(expected)) {
            throw new IllegalStateException(program().id() + " in " + impl + " returned " + got + ", expected " + expected);
        }
    }

    /** One call of the program's {@code (run)}; the result goes back to JMH, which consumes it. */
    protected final Object runOnce() throws Throwable {
        return loaded.run();
    }
}
