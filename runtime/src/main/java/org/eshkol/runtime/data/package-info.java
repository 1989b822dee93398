/**
 * The data builtins: equivalence ({@link org.eshkol.runtime.data.Equality}), pairs and lists, symbols,
 * characters, strings, vectors, bytevectors, hash tables ({@link org.eshkol.runtime.data.HashTable})
 * and records ({@link org.eshkol.runtime.data.RecordType}, {@link org.eshkol.runtime.data.Record}).
 * Every class named {@code *Lib} holds {@code @Builtin} methods and is listed in
 * {@link org.eshkol.runtime.lib.DataLibs}; the other classes are Java helpers.
 */
package org.eshkol.runtime.data;
