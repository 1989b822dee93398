/**
 * JMH benchmarks of single programs. {@link org.eshkol.bench.jmh.ProgramBenchmark} fixes the JMH
 * settings for all of them; each subclass names its {@link org.eshkol.bench.Program}. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar}; {@code -p impl=eshkol,kawa,java} compares.
 */
package org.eshkol.bench.jmh;
