package org.eshkol.analysis.pass;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.LocalVar;
import org.eshkol.analysis.pass.EscapeGraph.Kind;
import org.eshkol.analysis.pass.EscapeGraph.Node;
import org.eshkol.analysis.pass.EscapeGraph.Obj;

/**
 * The constraints of {@link EscapeGraph} that depend on what a node holds: calls (resolved on the
 * procedures that reach the operator: script procedures bind their parameters and return, builtins
 * apply their {@link EscapeBuiltins} effect, record procedures read, write or make records,
 * anything else is an unknown call), container reads and container stores.
 */
final class EscapeCalls {
    /** What the graph builder knows about procedures and calls. */
    interface Binder {
        /** The parameter nodes of a procedure (the rest parameter last when it has one). */
        List<Node> params(Core.Lambda l);

        /** What the procedure returns. */
        Node ret(Core.Lambda l);

        /** The clauses of a closure object (one for a lambda). */
        List<Core.Lambda> clauses(Obj closure);

        /** The scope of a call expression. */
        EscapeScope scopeOf(Core.Call call);

        /** The scope of a procedure's body. */
        EscapeScope scopeOf(Core.Lambda l);
    }

    /** One call being resolved: the arguments, the list spread into further arguments (or null), the result. */
    record Call(Core.Call key, int index, List<Node> args, Node spread, Node result) {
        Node arg(int i) {
            if (i < args.size()) return args.get(i);
            return spread != null ? spread : new Node();
        }

        /** The fixed arguments and the spread list's elements. */
        List<Node> all() {
            if (spread == null) return args;
            List<Node> out = new ArrayList<>(args);
            out.add(spread);
            return out;
        }
    }

    private final EscapeGraph g;
    private final Binder binder;
    /** The stores each store call performs: call -> what it stores. */
    final Map<Core.Call, Node> stores = new IdentityHashMap<>();
    private int internal;

    EscapeCalls(EscapeGraph g, Binder binder) {
        this.g = g;
        this.binder = binder;
    }

    EscapeGraph graph() { return g; }

    /** Calls whatever {@code c.key()}'s operator node {@code fn} holds. */
    void call(Node fn, Call c) {
        g.listen(fn, id -> dispatch(g.object(id), c));
    }

    /** A call made by a builtin on behalf of {@code key} (map's calls of its procedure, ...). */
    Node callFrom(Call outer, Node fn, List<Node> args, Node spread) {
        Node result = new Node();
        call(fn, new Call(outer.key(), ++internal, args, spread, result));
        return result;
    }

    private void dispatch(Obj o, Call c) {
        switch (o.kind) {
            case CLOSURE -> { for (Core.Lambda l : binder.clauses(o)) if (accepts(l, c)) bind(l, c); }
            case BUILTIN -> EscapeBuiltins.apply(o.builtin, this, c);
            case RECORD_PROC -> recordCall(o, c);
            case UNKNOWN_RESULT, UNKNOWN_PARAM, UNKNOWN_GLOBAL, UNKNOWN_READ -> unknownCall(c);
            case ARENA, HEAP, RECORD, REST_LIST -> { } // not a procedure: an error at run time
        }
    }

    private static boolean accepts(Core.Lambda l, Call c) {
        int n = c.args().size();
        if (c.spread() != null) return l.hasRest() || n <= l.requiredCount();
        return l.hasRest() ? n >= l.requiredCount() : n == l.requiredCount();
    }

    private void bind(Core.Lambda l, Call c) {
        List<Node> params = binder.params(l);
        int fixed = l.requiredCount();
        for (int i = 0; i < fixed; i++) {
            if (i < c.args().size()) g.edge(c.args().get(i), params.get(i));
            else if (c.spread() != null) g.edge(c.spread(), params.get(i));
        }
        if (l.hasRest()) {
            Obj rest = restList(l);
            for (int i = fixed; i < c.args().size(); i++) g.edge(c.args().get(i), rest.contents);
            if (c.spread() != null) g.edge(c.spread(), rest.contents);
        }
        g.edge(binder.ret(l), c.result());
    }

    /** The list object a procedure's rest parameter is bound to. */
    Obj restList(Core.Lambda l) {
        Obj rest = g.object(new EscapeKey("rest", l, 0), Kind.REST_LIST, l);
        rest.lambda = l;
        rest.scope = binder.scopeOf(l);
        g.add(rest.contents, rest); // its tail is a list like itself
        return rest;
    }

    /** A call of something the analysis cannot see: the arguments escape, the result is unknown. */
    void unknownCall(Call c) {
        for (Node a : c.all()) escape(a);
        g.add(c.result(), g.object(new EscapeKey("result", c.key(), c.index()), Kind.UNKNOWN_RESULT, c.key()));
    }

    /** Unknown code may call closure {@code o} with unknown arguments. */
    void calledFromOutside(Obj o) {
        for (Core.Lambda l : binder.clauses(o)) {
            if (!g.markCalledFromOutside(l)) continue;
            List<Node> params = binder.params(l);
            List<LocalVar> vars = new ArrayList<>(l.params());
            if (l.hasRest()) vars.add(l.rest());
            for (int i = 0; i < vars.size(); i++) {
                Obj p = g.object(new EscapeKey("param", vars.get(i), 0), Kind.UNKNOWN_PARAM, l);
                p.lambda = l;
                p.param = vars.get(i);
                g.add(params.get(i), p);
            }
        }
    }

    private void recordCall(Obj proc, Call c) {
        switch (proc.role) {
            case CONSTRUCTOR -> {
                Obj rec = site(c, Kind.RECORD, "record");
                for (Node a : c.all()) g.edge(a, rec.contents);
                g.add(c.result(), rec);
            }
            case ACCESSOR -> read(c, c.arg(0), c.result(), 0);
            case MODIFIER -> store(c, c.arg(0), c.arg(1));
            case PREDICATE -> { }
        }
    }

    /** The object a call makes (one per call expression and builtin; {@code direct} when it is the call's own operator). */
    Obj site(Call c, Kind kind, String builtin) {
        Obj o = g.object(new EscapeKey("site:" + builtin, c.key(), c.index() == 0 ? 0 : -1), kind, c.key());
        if (o.scope == null) {
            o.scope = binder.scopeOf(c.key());
            o.builtin = builtin;
            o.direct = c.index() == 0 && (kind == Kind.RECORD || builtin.equals(operatorName(c.key())));
        }
        return o;
    }

    private static String operatorName(Core.Call call) {
        return switch (call.fn()) {
            case Core.GlobalRef r -> r.name();
            case Core.PrimRef p -> p.name();
            default -> null;
        };
    }

    /** What the objects {@code container} holds may flow into {@code result}. */
    void read(Call c, Node container, Node result, int slot) {
        Obj[] unknownRead = new Obj[1]; // made on first use, then kept: one lookup per read, not per object
        g.listen(container, id -> {
            Obj o = g.object(id);
            if (o.kind.isSite()) {
                g.edge(o.contents, result);
            } else if (o.kind.isUnknown()) {
                Obj r = unknownRead[0];
                if (r == null) r = unknownRead[0] = g.object(new EscapeKey("read", c.key(), c.index() * 16 + slot), Kind.UNKNOWN_READ, c.key());
                r.readFrom.set(id);
                g.add(result, r);
            }
        });
    }

    /**
     * What {@code value} holds is stored into the objects {@code container} holds. A stored object
     * escapes its scope when the container may be older than that scope (made outside it): it is
     * "stored in a data structure that outlives the scope". Everything stored into an object the
     * analysis cannot see escapes. (The run time still promotes at such stores unless
     * {@link EscapeFacts#promoteAtStore} says the value holds no region value, so these categories
     * need not see through recursion the way the rule for {@code set!} must.)
     */
    void store(Call c, Node container, Node value) {
        Node recorded = stores.computeIfAbsent(c.key(), k -> new Node());
        g.edge(value, recorded);
        g.listen(container, id -> {
            Obj box = g.object(id);
            if (box.kind.isSite()) {
                g.edge(value, box.contents);
                g.listen(value, v -> {
                    Obj o = g.object(v);
                    if (o.scope == null || box.scope == null || !o.scope.encloses(box.scope)) g.add(g.global, o);
                });
            } else if (box.kind.isUnknown()) {
                escape(value);
            }
        });
    }

    /** What {@code n} holds escapes to code or storage the analysis cannot see. */
    void escape(Node n) { g.edge(n, g.global); }
}
