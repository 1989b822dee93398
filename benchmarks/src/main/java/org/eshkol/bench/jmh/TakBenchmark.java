package org.eshkol.bench.jmh;

import org.eshkol.bench.Program;
import org.openjdk.jmh.annotations.Benchmark;

/** JMH: one {@code (run)} of {@code programs/tak.esk} ({@link Program#TAK}). */
public class TakBenchmark extends ProgramBenchmark {
    @Override
    protected Program program() { return Program.TAK; }

    @Benchmark
    public Object tak() throws Throwable {
        return runOnce();
    }
}
