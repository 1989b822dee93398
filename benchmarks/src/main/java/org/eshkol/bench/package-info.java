/**
 * Eshkol against Kawa and plain Java. {@link org.eshkol.bench.Compare} is the entry point: it takes
 * every {@link org.eshkol.bench.Program}, loads it through each {@link
 * org.eshkol.bench.Implementation} ({@link org.eshkol.bench.EshkolScheme}, {@link
 * org.eshkol.bench.KawaScheme}, {@link org.eshkol.bench.PlainJava}), lets {@link
 * org.eshkol.bench.Bench} check agreement and time them with {@link org.eshkol.bench.Stopwatch},
 * and prints {@link org.eshkol.bench.ResultTable}. The {@code jmh} package holds JMH benchmarks; the
 * {@code plain} package the hand-written Java programs.
 */
package org.eshkol.bench;
