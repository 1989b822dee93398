package org.eshkol.analysis.pass;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eshkol.analysis.pass.EscapeCalls.Call;
import org.eshkol.analysis.pass.EscapeGraph.Kind;
import org.eshkol.analysis.pass.EscapeGraph.Node;
import org.eshkol.analysis.pass.EscapeGraph.Obj;

/**
 * What each builtin does to the values it is given, for {@link AnalyzeEscapes}. The table is
 * explicit: a builtin that is not listed is an unknown procedure (its arguments escape globally,
 * its result is unknown), which is always safe. The groups:
 * <ul>
 *   <li>{@link #PURE}: reads its arguments, keeps none, and returns nothing the program made
 *       (numbers, booleans, characters, symbols, output, byte and number stores, predicates);</li>
 *   <li>{@link #ARENA}: makes a new arena-backed value (bytevector, f64vector, string output port)
 *       that holds no program values: {@code make-bytevector bytevector bytevector-copy
 *       bytevector-append string->utf8 read-bytevector get-output-bytevector make-f64vector f64vector
 *       list->f64vector open-output-string};</li>
 *   <li>{@link #STRINGS}: makes a new heap string (or, for {@code string-split}, a list of new
 *       strings): a heap allocation that holds nothing of the program;</li>
 *   <li>containers made from arguments (cons, list, vector, make-vector ...) or from the elements
 *       of arguments (list->vector, vector->list, list-copy, reverse, hash-table-keys ...);</li>
 *   <li>reads (car, cdr and the c[ad]r family, vector-ref, list-ref, hash-table-ref, assq ...)
 *       and tails (list-tail, memq ...), which return contents or the argument itself;</li>
 *   <li>stores (set-car!, set-cdr!, vector-set!, list-set!, vector-fill!, vector-copy!,
 *       hash-table-set!, hash-table-update!): the stored value escapes as far as the container;</li>
 *   <li>higher-order builtins (for-each, map, vector-map, fold, filter, sort, apply,
 *       call-with-values, dynamic-wind, with-exception-handler, hash-table-walk ...): they call
 *       their procedure argument with elements of their list arguments and keep neither;</li>
 *   <li>{@code raise}, {@code raise-continuable}, {@code error}: the raised values escape;
 *       {@code %parameterize}: the new parameter values escape, the thunk runs in place.</li>
 * </ul>
 * Destructive list operations (reverse!, append!, delete!, sort!), promises, continuations,
 * parameters, regions opened by {@code region-open} and Java interop are not listed: unknown.
 */
final class EscapeBuiltins {
    private EscapeBuiltins() {}

    @FunctionalInterface
    interface Effect { void apply(EscapeCalls s, Call c, String name); }

    static final Set<String> PURE = Set.of(
            "+", "-", "*", "/", "=", "<", ">", "<=", ">=", "abs", "square", "quotient", "remainder", "modulo",
            "truncate-quotient", "truncate-remainder", "floor-quotient", "floor-remainder", "truncate/", "floor/",
            "gcd", "lcm", "exact-integer-sqrt", "exact", "inexact", "exact->inexact", "inexact->exact", "numerator",
            "denominator", "floor", "ceiling", "truncate", "round", "rationalize", "exp", "log", "sin", "cos", "tan",
            "asin", "acos", "atan", "sqrt", "expt", "max", "min", "number->string",
            "number?", "complex?", "real?", "rational?", "integer?", "exact-integer?", "exact?", "inexact?", "nan?",
            "infinite?", "finite?", "zero?", "positive?", "negative?", "odd?", "even?",
            "not", "boolean?", "boolean=?", "eq?", "eqv?", "equal?", "pair?", "null?", "list?", "symbol?", "string?",
            "char?", "vector?", "bytevector?", "f64vector?", "procedure?", "hash-table?", "port?", "input-port?",
            "output-port?", "textual-port?", "binary-port?", "input-port-open?", "output-port-open?", "eof-object?",
            "eof-object", "error-object?", "file-error?", "read-error?", "resource?", "resource-closed?", "promise?",
            "region-open?", "current-region-name", "%make-record-type", "%assertion-failed",
            "char->integer", "integer->char", "char-alphabetic?", "char-numeric?", "char-whitespace?",
            "char-upper-case?", "char-lower-case?", "digit-value", "char-upcase", "char-downcase", "char-foldcase",
            "char=?", "char<?", "char>?", "char<=?", "char>=?", "char-ci=?", "char-ci<?", "char-ci>?", "char-ci<=?",
            "char-ci>=?", "string=?", "string<?", "string>?", "string<=?", "string>=?", "string-ci=?", "string-ci<?",
            "string-ci>?", "string-ci<=?", "string-ci>=?", "string-length", "string-ref", "string-null?",
            "string-index", "string-contains", "string-contains?", "string-prefix?", "string-suffix?",
            "string-starts-with?", "string-ends-with?", "symbol->string", "string->symbol", "string->uninterned-symbol",
            "symbol=?", "gensym", "generate-uninterned-symbol",
            "length", "vector-length", "bytevector-length", "bytevector-u8-ref", "f64vector-length", "f64vector-ref",
            "hash-count", "hash-table-count", "hash-table-size", "hash-has-key?", "hash-table-has-key?",
            "hash-table-contains?", "hash-table-exists?", "hash-remove!", "hash-delete!", "hash-table-delete!",
            "hash-table-remove!", "hash-clear!", "hash-table-clear!",
            "bytevector-u8-set!", "f64vector-set!", "bytevector-copy!", "string-set!", "string-fill!", "string-copy!",
            "display", "write", "write-shared", "write-simple", "write-line", "newline", "write-char", "write-string",
            "write-u8", "write-bytevector", "flush-output-port", "close-port", "close-input-port", "close-output-port",
            "read-char", "peek-char", "read-line", "read-string", "char-ready?", "read-u8", "peek-u8", "u8-ready?",
            "current-second", "current-jiffy", "jiffies-per-second", "close", "%consume", "exit", "emergency-exit", "format",
            "f64vector->list", "string->list", "string->vector", "iota");

    static final Set<String> ARENA = Set.of(
            "make-bytevector", "bytevector", "bytevector-copy", "bytevector-append", "string->utf8", "read-bytevector",
            "get-output-bytevector", "make-f64vector", "f64vector", "list->f64vector", "open-output-string");

    static final Set<String> STRINGS = Set.of(
            "make-string", "string", "string-copy", "string-append", "substring", "list->string", "utf8->string",
            "get-output-string", "vector->string", "string-upcase", "string-downcase", "string-foldcase",
            "string-join", "string-pad-left", "string-pad-right", "string-trim", "string-trim-left",
            "string-trim-right", "string-reverse", "string-split");

    private static final Map<String, Effect> EFFECTS = new HashMap<>();

    /** True when the builtin is in the table (anything else is an unknown procedure). */
    static boolean isKnown(String name) { return EFFECTS.containsKey(name); }

    static void apply(String name, EscapeCalls s, Call c) {
        Effect e = EFFECTS.get(name);
        if (e == null) s.unknownCall(c);
        else e.apply(s, c, name);
    }

    private static void def(Effect e, String... names) { for (String n : names) EFFECTS.put(n, e); }

    private static void def(Effect e, Set<String> names) { for (String n : names) EFFECTS.put(n, e); }

    // ---- helpers ----

    /** A new container made by the call, listed under {@code builtin}; {@code list} when its tail is a list like itself. */
    static Obj make(EscapeCalls s, Call c, String builtin, boolean list) {
        Obj o = s.site(c, Kind.HEAP, builtin);
        if (list) s.graph().add(o.contents, o);
        s.graph().add(c.result(), o);
        return o;
    }

    /** A node holding what the objects of {@code container} hold. */
    static Node elements(EscapeCalls s, Call c, Node container, int slot) {
        Node n = new Node();
        s.read(c, container, n, slot);
        return n;
    }

    static void flow(EscapeCalls s, Node from, Node to) { s.graph().edge(from, to); }

    /** The elements of each of {@code c}'s arguments from {@code first} on. */
    static List<Node> elementsOfArgs(EscapeCalls s, Call c, int first) {
        List<Node> out = new ArrayList<>();
        List<Node> all = c.all();
        for (int i = first; i < all.size(); i++) out.add(elements(s, c, all.get(i), i));
        return out;
    }

    static {
        def((s, c, n) -> { }, PURE);
        def((s, c, n) -> s.graph().add(c.result(), s.site(c, Kind.ARENA, n)), ARENA);
        def((s, c, n) -> s.graph().add(c.result(), s.site(c, Kind.HEAP, n)), STRINGS);
        EscapeBuiltinEffects.define((e, names) -> { for (String n : names) EFFECTS.put(n, e); });
    }
}
