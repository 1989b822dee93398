/**
 * JMH benchmarks of single programs. {@link org.eshkol.bench.jmh.ProgramBenchmark} fixes the JMH
 * settings for all of them; each subclass names its {@link org.eshkol.bench.Program}. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar}; {@code -p impl=eshkol,kawa,java} compares.
 * The {@code Region*}, {@code ArenaAccess} and {@code NettyChunk} benchmarks measure memory regions
 * and the Netty allocator under them (see the Regions section of benchmarks/README.md).
 */
package org.eshkol.bench.jmh;
