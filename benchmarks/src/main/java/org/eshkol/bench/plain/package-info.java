/**
 * The benchmark programs written by hand in plain Java: the same algorithms as the Scheme files in
 * {@code resources/programs}, with primitives where a Java programmer would use them and the same
 * allocation pattern where allocation is what the program measures (lists are {@link
 * org.eshkol.bench.plain.Cons} cells). Each class has a {@code run()} returning a value that
 * {@link org.eshkol.bench.plain.SchemeText} writes the way Scheme's {@code write} would.
 */
package org.eshkol.bench.plain;
