/**
 * The numeric tower: exact integers ({@link java.lang.Long} while they fit, else
 * {@link java.math.BigInteger}, always normalised), exact rationals ({@link org.eshkol.runtime.num.Ratnum}) and
 * flonums ({@link java.lang.Double}). No complex numbers.
 *
 * <p>Map of the package:
 * <ul>
 *   <li>{@link org.eshkol.runtime.num.Arith}: the two-argument {@code + - * < <= = > >=} the compiler calls
 *       directly; tiny fixnum/flonum fast paths, everything else in {@link org.eshkol.runtime.num.GenericArith}.</li>
 *   <li>{@link org.eshkol.runtime.num.UnboxedArith}: the generic half of the fixnum fast paths compiled
 *       inline for unboxed loop variables (a {@code long} and an object slot).</li>
 *   <li>{@link org.eshkol.runtime.num.NumKind}: which representation a value has; conversions between them
 *       live in {@link org.eshkol.runtime.num.Convert}.</li>
 *   <li>{@link org.eshkol.runtime.num.NumberFactory}: normalising constructors (used for literals).</li>
 *   <li>{@link org.eshkol.runtime.num.NumberEquality}: {@code eqv?} and hashing of numbers.</li>
 *   <li>{@link org.eshkol.runtime.num.NumberFormat}: numbers to text ({@code number->string}, the printer).</li>
 *   <li>{@link org.eshkol.runtime.num.IntegerDivision}, {@link org.eshkol.runtime.num.Rounding},
 *       {@link org.eshkol.runtime.num.Roots}, {@link org.eshkol.runtime.num.Powers}: the algorithms behind
 *       the builtins.</li>
 *   <li>{@code *Builtins} classes: the R7RS procedures as {@code @Builtin} methods, registered by
 *       {@link org.eshkol.runtime.lib.NumberLibs}.</li>
 * </ul>
 */
package org.eshkol.runtime.num;
