package org.eshkol.bench.jmh;

import org.eshkol.bench.Program;
import org.openjdk.jmh.annotations.Benchmark;

/** JMH: one {@code (run)} of {@code programs/deriv.esk} ({@link Program#DERIV}). */
public class DerivBenchmark extends ProgramBenchmark {
    @Override
    protected Program program() { return Program.DERIV; }

    @Benchmark
    public Object deriv() throws Throwable {
        return runOnce();
    }
}
