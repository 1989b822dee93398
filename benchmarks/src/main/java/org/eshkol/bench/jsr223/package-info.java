/**
 * JMH benchmarks of Eshkol's JSR-223 engine against Nashorn, Groovy and Kawa, through
 * {@code javax.script} only, and a fresh-JVM start-up probe ({@link org.eshkol.bench.jsr223.ColdStart}).
 */
package org.eshkol.bench.jsr223;
