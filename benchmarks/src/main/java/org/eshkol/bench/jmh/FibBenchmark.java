package org.eshkol.bench.jmh;

import org.eshkol.bench.Program;
import org.openjdk.jmh.annotations.Benchmark;

/** JMH: one {@code (run)} of {@code programs/fib.esk} ({@link Program#FIB}). */
public class FibBenchmark extends ProgramBenchmark {
    @Override
    protected Program program() { return Program.FIB; }

    @Benchmark
    public Object fib() throws Throwable {
        return runOnce();
    }
}
