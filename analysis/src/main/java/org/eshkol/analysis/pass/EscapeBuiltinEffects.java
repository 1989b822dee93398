package org.eshkol.analysis.pass;

import static org.eshkol.analysis.pass.EscapeBuiltins.flow;
import static org.eshkol.analysis.pass.EscapeBuiltins.make;

import java.util.ArrayList;
import java.util.List;
import org.eshkol.analysis.pass.EscapeBuiltins.Effect;
import org.eshkol.analysis.pass.EscapeCalls.Call;
import org.eshkol.analysis.pass.EscapeGraph.Kind;
import org.eshkol.analysis.pass.EscapeGraph.Node;
import org.eshkol.analysis.pass.EscapeGraph.Obj;

/**
 * The structured entries of the {@link EscapeBuiltins} table: containers, reads, tails, stores and
 * higher-order builtins. Elements of a list are read deeply (everything reachable through its
 * pairs, since the pairs of a list may be separate allocations); elements of vectors and hash
 * tables one level. Slots number the reads of one call so each unknown read gets its own object.
 */
final class EscapeBuiltinEffects {
    private EscapeBuiltinEffects() {}

    interface Definer { void def(Effect e, String... names); }

    static void define(Definer d) {
        containers(d);
        reads(d);
        stores(d);
        higherOrder(d);
        control(d);
    }

    // ---- helpers ----

    /** What the objects of {@code n} hold, one level. */
    private static Node shallow(EscapeCalls s, Call c, Node n, int slot) {
        Node r = new Node();
        s.read(c, n, r, slot);
        return r;
    }

    /** Everything reachable from the objects of {@code n} (the elements and tails of a list). */
    private static Node deep(EscapeCalls s, Call c, Node n, int slot) {
        Node r = new Node();
        s.read(c, n, r, slot);
        s.read(c, r, r, slot);
        return r;
    }

    private static List<Node> deepArgs(EscapeCalls s, Call c, int from) {
        List<Node> all = c.all();
        List<Node> out = new ArrayList<>();
        for (int i = from; i < all.size(); i++) out.add(deep(s, c, all.get(i), i));
        return out;
    }

    private static List<Node> shallowArgs(EscapeCalls s, Call c, int from) {
        List<Node> all = c.all();
        List<Node> out = new ArrayList<>();
        for (int i = from; i < all.size(); i++) out.add(shallow(s, c, all.get(i), i));
        return out;
    }

    private static Node union(EscapeCalls s, Node... parts) {
        Node u = new Node();
        for (Node p : parts) flow(s, p, u);
        return u;
    }

    /** A value the analysis cannot see (a raised condition, a port the runtime opens), made at this call. */
    private static Node unknown(EscapeCalls s, Call c, int slot) {
        Node n = new Node();
        s.graph().add(n, s.graph().object(new EscapeKey("value", c.key(), c.index() * 16 + slot), Kind.UNKNOWN_RESULT, c.key()));
        return n;
    }

    private static Node call(EscapeCalls s, Call c, Node fn, Node... args) { return s.callFrom(c, fn, List.of(args), null); }

    // ---- groups ----

    private static void containers(Definer d) {
        d.def((s, c, n) -> { Obj o = make(s, c, n, false); flow(s, c.arg(0), o.contents); flow(s, c.arg(1), o.contents); }, "cons");
        d.def((s, c, n) -> { Obj o = make(s, c, n, true); for (Node a : c.all()) flow(s, a, o.contents); }, "list", "cons*", "list*");
        d.def((s, c, n) -> { Obj o = make(s, c, n, false); for (Node a : c.all()) flow(s, a, o.contents); },
                "vector", "make-hash-table", "make-equal-hash-table", "make-eqv-hash-table", "make-eq-hash-table");
        d.def((s, c, n) -> { Obj o = make(s, c, n, n.equals("make-list")); if (c.all().size() > 1) flow(s, c.arg(1), o.contents); },
                "make-vector", "make-list");
        // a weak reference holds its target as a container would (strong-ref reads it back): the target
        // escapes as far as the reference does, and an arena target stays in its region otherwise
        d.def((s, c, n) -> { Obj o = make(s, c, n, false); flow(s, c.arg(0), o.contents); }, "weak-ref");
        // from the elements of list arguments (read deeply)
        d.def((s, c, n) -> { Obj o = make(s, c, n, !n.equals("list->vector")); flow(s, deep(s, c, c.arg(0), 0), o.contents); },
                "list->vector", "list-copy", "reverse", "take", "list-head");
        // from the elements of vector and hash table arguments (one level)
        d.def((s, c, n) -> { Obj o = make(s, c, n, n.contains("list") || n.contains("keys") || n.contains("values") || n.contains("alist"));
                    for (Node e : shallowArgs(s, c, 0)) flow(s, e, o.contents); },
                "vector->list", "vector-copy", "vector-append", "hash-copy", "hash-table-copy", "hash-keys", "hash-table-keys",
                "hash-values", "hash-table-values", "hash->alist", "hash-table->alist");
        d.def((s, c, n) -> {
            Obj o = make(s, c, n, true);
            List<Node> all = c.all();
            for (int i = 0; i < all.size(); i++) flow(s, deep(s, c, all.get(i), i), o.contents);
            if (!all.isEmpty()) {
                flow(s, all.get(all.size() - 1), o.contents);
                flow(s, all.get(all.size() - 1), c.result());
            }
        }, "append");
    }

    private static void reads(Definer d) {
        for (String name : List.of("car", "cdr", "caar", "cadr", "cdar", "cddr", "caaar", "caadr", "cadar", "caddr", "cdaar",
                "cdadr", "cddar", "cdddr", "caaaar", "caaadr", "caadar", "caaddr", "cadaar", "cadadr", "caddar", "cadddr",
                "cdaaar", "cdaadr", "cdadar", "cdaddr", "cddaar", "cddadr", "cdddar", "cddddr")) {
            int depth = name.length() - 2;
            d.def((s, c, n) -> {
                Node at = c.arg(0);
                for (int i = 0; i < depth; i++) at = shallow(s, c, at, i);
                flow(s, at, c.result());
            }, name);
        }
        d.def((s, c, n) -> flow(s, shallow(s, c, c.arg(0), 0), c.result()), "strong-ref");
        d.def((s, c, n) -> flow(s, shallow(s, c, c.arg(0), 0), c.result()), "vector-ref",
                "error-object-message", "error-message", "error-object-irritants", "error-irritants");
        d.def((s, c, n) -> {
            flow(s, shallow(s, c, c.arg(0), 0), c.result());
            if (c.all().size() > 2) {
                flow(s, c.arg(2), c.result());
                flow(s, call(s, c, c.arg(2)), c.result());
            }
        }, "hash-ref", "hash-table-ref");
        d.def((s, c, n) -> { flow(s, shallow(s, c, c.arg(0), 0), c.result()); flow(s, c.arg(2), c.result()); }, "hash-table-ref/default");
        d.def((s, c, n) -> flow(s, deep(s, c, c.arg(0), 0), c.result()),
                "first", "second", "third", "fourth", "fifth", "last", "list-ref");
        // tails: the argument itself or a tail of it
        d.def((s, c, n) -> { flow(s, c.arg(0), c.result()); flow(s, deep(s, c, c.arg(0), 0), c.result()); },
                "list-tail", "drop", "last-pair");
        d.def((s, c, n) -> {
            Node tail = deep(s, c, c.arg(1), 1);
            flow(s, c.arg(1), c.result());
            flow(s, tail, c.result());
            if (c.all().size() > 2) call(s, c, c.arg(2), c.arg(0), tail);
        }, "memq", "memv", "member");
        d.def((s, c, n) -> {
            Node elems = deep(s, c, c.arg(1), 1);
            flow(s, elems, c.result());
            if (c.all().size() > 2) call(s, c, c.arg(2), c.arg(0), elems);
        }, "assq", "assv", "assoc");
    }

    private static void stores(Definer d) {
        d.def((s, c, n) -> s.store(c, c.arg(0), c.arg(1)), "set-car!", "set-cdr!", "vector-fill!");
        d.def((s, c, n) -> s.store(c, c.arg(0), c.arg(2)), "vector-set!");
        d.def((s, c, n) -> { s.store(c, c.arg(0), c.arg(2)); s.store(c, deep(s, c, c.arg(0), 0), c.arg(2)); }, "list-set!");
        d.def((s, c, n) -> s.store(c, c.arg(0), shallow(s, c, c.arg(2), 2)), "vector-copy!");
        d.def((s, c, n) -> {
            s.store(c, c.arg(0), c.arg(1));
            s.store(c, c.arg(0), c.arg(2));
            flow(s, c.arg(2), c.result()); // hash-set! returns the value it stored
        }, "hash-set!", "hash-table-set!");
        d.def((s, c, n) -> {
            Node old = shallow(s, c, c.arg(0), 0);
            if (c.all().size() > 3) {
                flow(s, c.arg(3), old);
                if (!n.endsWith("/default")) flow(s, call(s, c, c.arg(3)), old);
            }
            s.store(c, c.arg(0), c.arg(1));
            s.store(c, c.arg(0), call(s, c, c.arg(2), old));
        }, "hash-update!", "hash-table-update!", "hash-table-update!/default");
    }

    private static void higherOrder(Definer d) {
        d.def((s, c, n) -> s.callFrom(c, c.arg(0), deepArgs(s, c, 1), null), "for-each");
        d.def((s, c, n) -> s.callFrom(c, c.arg(0), shallowArgs(s, c, 1), null), "vector-for-each");
        d.def((s, c, n) -> s.callFrom(c, c.arg(0), emptyArgs(c), null), "string-for-each");
        d.def((s, c, n) -> {
            s.callFrom(c, c.arg(0), emptyArgs(c), null);
            s.graph().add(c.result(), s.site(c, Kind.HEAP, n));
        }, "string-map");
        d.def((s, c, n) -> flow(s, s.callFrom(c, c.arg(0), deepArgs(s, c, 1), null), make(s, c, n, true).contents), "map", "filter-map");
        d.def((s, c, n) -> flow(s, s.callFrom(c, c.arg(0), shallowArgs(s, c, 1), null), make(s, c, n, false).contents), "vector-map");
        d.def((s, c, n) -> {
            Node r = s.callFrom(c, c.arg(0), deepArgs(s, c, 1), null);
            Obj o = make(s, c, n, true);
            flow(s, r, o.contents);
            flow(s, deep(s, c, r, 15), o.contents);
            flow(s, r, c.result());
        }, "append-map");
        d.def((s, c, n) -> {
            Node elems = deep(s, c, c.arg(1), 1);
            call(s, c, c.arg(0), elems);
            if (n.equals("find")) {
                flow(s, elems, c.result());
            } else {
                flow(s, c.arg(1), c.result());
                flow(s, elems, c.result());
                if (!n.equals("find-tail")) flow(s, elems, make(s, c, n, true).contents);
            }
        }, "filter", "remove", "partition", "find", "find-tail");
        d.def((s, c, n) -> flow(s, s.callFrom(c, c.arg(0), deepArgs(s, c, 1), null), c.result()), "any", "every");
        d.def((s, c, n) -> s.callFrom(c, c.arg(0), deepArgs(s, c, 1), null), "count", "list-index");
        d.def((s, c, n) -> {
            Node acc = union(s, c.arg(1));
            List<Node> args = deepArgs(s, c, 2);
            if (n.equals("fold-left")) args.add(0, acc);
            else args.add(acc);
            flow(s, s.callFrom(c, c.arg(0), args, null), acc);
            flow(s, acc, c.result());
        }, "fold", "fold-left", "fold-right");
        d.def((s, c, n) -> {
            Node elems = deep(s, c, c.arg(2), 2);
            Node acc = union(s, c.arg(1), elems);
            flow(s, call(s, c, c.arg(0), elems, acc), acc);
            flow(s, acc, c.result());
        }, "reduce");
        d.def((s, c, n) -> {
            Node elems = union(s, deep(s, c, c.arg(0), 0), deep(s, c, c.arg(1), 1));
            call(s, c, c.arg(0), elems, elems);
            call(s, c, c.arg(1), elems, elems);
            flow(s, elems, make(s, c, n, true).contents);
        }, "sort", "list-sort", "vector-sort");
        d.def((s, c, n) -> {
            Node elems = union(s, shallow(s, c, c.arg(0), 0), shallow(s, c, c.arg(1), 1));
            call(s, c, c.arg(0), elems, elems);
            call(s, c, c.arg(1), elems, elems);
        }, "hash-for-each", "hash-table-walk");
    }

    private static List<Node> emptyArgs(Call c) {
        List<Node> out = new ArrayList<>();
        for (int i = 1; i < c.all().size(); i++) out.add(new Node());
        return out;
    }

    private static void control(Definer d) {
        d.def((s, c, n) -> {
            if (c.spread() != null || c.args().size() < 2) {
                s.unknownCall(c);
                return;
            }
            List<Node> fixed = c.args().subList(1, c.args().size() - 1);
            Node spread = deep(s, c, c.args().get(c.args().size() - 1), 0);
            flow(s, s.callFrom(c, c.arg(0), fixed, spread), c.result());
        }, "apply");
        d.def((s, c, n) -> flow(s, s.callFrom(c, c.arg(1), List.of(), call(s, c, c.arg(0))), c.result()), "call-with-values");
        d.def((s, c, n) -> { for (Node a : c.all()) flow(s, a, c.result()); }, "values");
        d.def((s, c, n) -> {
            call(s, c, c.arg(0));
            call(s, c, c.arg(2));
            flow(s, call(s, c, c.arg(1)), c.result());
        }, "dynamic-wind");
        d.def((s, c, n) -> {
            flow(s, call(s, c, c.arg(0), unknown(s, c, 0)), c.result());
            flow(s, call(s, c, c.arg(1)), c.result());
        }, "with-exception-handler");
        d.def((s, c, n) -> {
            flow(s, call(s, c, c.arg(0)), c.result());
            flow(s, call(s, c, c.arg(1), unknown(s, c, 0)), c.result());
        }, "%guard");
        d.def((s, c, n) -> flow(s, call(s, c, c.arg(1)), c.result()), "%with-resource");
        d.def((s, c, n) -> flow(s, call(s, c, c.arg(1), c.arg(0)), c.result()), "call-with-port");
        d.def((s, c, n) -> {
            s.escape(c.arg(0));
            s.escape(c.arg(1));
            flow(s, call(s, c, c.arg(2)), c.result());
        }, "%parameterize");
        d.def((s, c, n) -> { for (Node a : c.all()) s.escape(a); }, "raise", "error");
        d.def((s, c, n) -> {
            for (Node a : c.all()) s.escape(a);
            flow(s, unknown(s, c, 0), c.result());
        }, "raise-continuable");
        d.def((s, c, n) -> {
            call(s, c, c.arg(0), n.equals("call-with-output-string") ? unknown(s, c, 0) : new Node());
            s.graph().add(c.result(), s.site(c, Kind.HEAP, n));
        }, "call-with-output-string", "with-output-to-string");
        for (EscapeGraph.RecordRole role : EscapeGraph.RecordRole.values()) {
            String name = "%record-" + role.name().toLowerCase(java.util.Locale.ROOT);
            d.def((s, c, n) -> {
                Obj proc = s.graph().object(new EscapeKey("record-proc", c.key(), c.index()), Kind.RECORD_PROC, c.key());
                proc.role = role;
                s.graph().add(c.result(), proc);
            }, name);
        }
    }
}
