package org.eshkol.runtime.data;

import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.SchemeError;
import org.eshkol.runtime.Symbol;

/**
 * Argument checks shared by the data builtins. Each returns the argument at its Java type or throws
 * the fixed-format error ({@code who: expected a pair, got 5}, {@code who: index 3 out of range for
 * length 2}).
 */
final class Args {
    private Args() {}

    static Pair pair(String who, Object x) {
        if (x instanceof Pair p) return p;
        throw Errors.wrongType(who, "a pair", x);
    }

    static MString string(String who, Object x) {
        if (x instanceof MString s) return s;
        throw Errors.wrongType(who, "a string", x);
    }

    /** A string that may be changed: literals raise {@code who: string is immutable}. */
    static MString mutableString(String who, Object x) {
        MString s = string(who, x);
        if (s.isImmutable()) throw Errors.error(who + ": string is immutable");
        return s;
    }

    static Object[] vector(String who, Object x) {
        if (x instanceof Object[] v) return v;
        throw Errors.wrongType(who, "a vector", x);
    }

    /** {@code x} as a bytevector whose region is still live. */
    static Bytevector bytevector(String who, Object x) {
        if (x instanceof Bytevector b) {
            b.check();
            return b;
        }
        throw Errors.wrongType(who, "a bytevector", x);
    }

    static Symbol symbol(String who, Object x) {
        if (x instanceof Symbol s) return s;
        throw Errors.wrongType(who, "a symbol", x);
    }

    static Char character(String who, Object x) {
        if (x instanceof Char c) return c;
        throw Errors.wrongType(who, "a character", x);
    }

    static Procedure procedure(String who, Object x) {
        if (x instanceof Procedure p) return p;
        throw Errors.wrongType(who, "a procedure", x);
    }

    static HashTable hashTable(String who, Object x) {
        if (x instanceof HashTable h) return h;
        throw Errors.wrongType(who, "a hash table", x);
    }

    /** An element index: {@code 0 <= k < length}. */
    static int index(String who, Object k, int length) {
        if (k instanceof Long l && l >= 0 && l < length) return (int) (long) l;
        throw badIndex(who, k, length);
    }

    /** A start or end bound: {@code 0 <= k <= length}. */
    static int bound(String who, Object k, int length) {
        if (k instanceof Long l && l >= 0 && l <= length) return (int) (long) l;
        throw badIndex(who, k, length);
    }

    /** An optional start bound: 0 when absent (null). */
    static int start(String who, Object k, int length) {
        return k == null ? 0 : bound(who, k, length);
    }

    /** An optional end bound after {@code start}: {@code start <= k <= length}; {@code length} when absent (null). */
    static int end(String who, Object k, int start, int length) {
        if (k == null) return length;
        int e = bound(who, k, length);
        if (e < start) throw Errors.error(who + ": start index " + start + " is greater than end index " + e);
        return e;
    }

    /** A size or count: an exact non-negative integer that fits an array. */
    static int count(String who, Object k) {
        if (k instanceof Long l && l >= 0 && l <= Integer.MAX_VALUE - 8) return (int) (long) l;
        throw Errors.wrongType(who, "an exact non-negative integer", k);
    }

    /** A byte: an exact integer 0..255. */
    static byte octet(String who, Object x) {
        if (x instanceof Long l && l >= 0 && l <= 255) return (byte) (long) l;
        throw Errors.wrongType(who, "a byte", x);
    }

    static SchemeError badIndex(String who, Object k, int length) {
        if (k instanceof Long l) return Errors.indexRange(who, l, length);
        return Errors.wrongType(who, "an exact non-negative integer", k);
    }
}
