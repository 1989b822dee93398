package org.eshkol.analysis.pass;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.LocalVar;

/**
 * The constraint graph of {@link AnalyzeEscapes} and its solver: a flow-insensitive points-to
 * analysis. Each {@link Node} (a variable, an expression's value, a procedure's return, an
 * object's contents, the global sink) holds the set of abstract objects it may hold; an edge
 * {@code a -> b} says that what {@code a} holds may flow into {@code b}. Listeners on a node run
 * once for each object that reaches it and add edges or objects (calls, container reads and
 * stores). Solving propagates to a fixed point: only what is new since a node was last processed
 * (difference propagation), in topological order ({@link EscapeWorklist}); every set only grows and the
 * objects and nodes are finite, so it terminates.
 *
 * <p>The global sink {@link #global} holds what escapes to code or storage the analysis cannot see;
 * whatever reaches it makes its contents (and a closure's captured variables) reach it too, and a
 * procedure that reaches it may be called by unknown code with unknown arguments.
 */
final class EscapeGraph {
    /** What an abstract object stands for. */
    enum Kind {
        /** A bytevector, f64vector or string port made by a builtin call: lives in an arena. */
        ARENA,
        /** Any other object made by a builtin call (pair, list, vector, hash table, string). */
        HEAP,
        /** A record made by a call of a record constructor. */
        RECORD,
        /** A procedure made by a {@code lambda} or {@code case-lambda} expression. */
        CLOSURE,
        /** The list bound to a procedure's rest parameter. */
        REST_LIST,
        /** A builtin procedure used as a value or called. */
        BUILTIN,
        /** A record constructor, accessor, modifier or predicate made by {@code %record-...}. */
        RECORD_PROC,
        /** The result of a call the analysis cannot see: may be anything, made just now. */
        UNKNOWN_RESULT,
        /** An argument passed by a caller the analysis cannot see. */
        UNKNOWN_PARAM,
        /** The value of a global variable the script does not define as a procedure. */
        UNKNOWN_GLOBAL,
        /** Something read out of an object the analysis cannot see. */
        UNKNOWN_READ;

        boolean isSite() { return this == ARENA || this == HEAP || this == RECORD || this == CLOSURE || this == REST_LIST; }

        boolean isUnknown() { return ordinal() >= UNKNOWN_RESULT.ordinal(); }

        boolean isProcedure() { return this == CLOSURE || this == BUILTIN || this == RECORD_PROC; }
    }

    /** Record procedure roles. */
    enum RecordRole { CONSTRUCTOR, ACCESSOR, MODIFIER, PREDICATE }

    /** An abstract object. {@code node} is the expression that makes it (a call or lambda), or null. */
    static final class Obj {
        final int id;
        final Kind kind;
        final Core node;
        /** What the object holds: elements, fields, captured variables. */
        final Node contents = new Node();
        /** The scope the object is made in (null for objects not made by a site). */
        EscapeScope scope;
        /** For BUILTIN: the builtin's name; for HEAP/ARENA sites: the allocating builtin. */
        String builtin;
        RecordRole role;
        /** For CLOSURE: the procedure; for UNKNOWN_PARAM and REST_LIST: the parameter's procedure. */
        Core.Lambda lambda;
        /** For UNKNOWN_PARAM: the parameter. */
        LocalVar param;
        /** For UNKNOWN_READ: the objects it was read from. */
        final BitSet readFrom = new BitSet();
        /** True when the site is the direct builtin call {@code node} (not made inside map, apply ...). */
        boolean direct;

        Obj(int id, Kind kind, Core node) { this.id = id; this.kind = kind; this.node = node; }
    }

    /** A set of objects with its out-edges and listeners. */
    static final class Node {
        final EscapeIdSet pts = new EscapeIdSet();
        /** What the node holds that it has not passed on yet. */
        EscapeIdSet pending = new EscapeIdSet();
        final List<Node> succ = new ArrayList<>();
        final List<IntConsumer> listeners = new ArrayList<>();
        /** The node's number in its graph (for {@link EscapeGraph#edges}), -1 until it has an edge. */
        int id = -1;
        // worklist state (EscapeWorklist)
        boolean queued;
        int rank = Integer.MAX_VALUE;
        int rankEpoch;
        long sequence;
        // Tarjan state (EscapeWorklist)
        int visitEpoch;
        int index;
        int low;
        int nextSucc;
        boolean onStack;
    }

    final List<Obj> objects = new ArrayList<>();
    final Node global = new Node();
    private final EscapeWorklist work = new EscapeWorklist();
    /** Solver work, for tests: nodes processed, and unions of a set into a node's set. */
    long processed, unions;
    /** The edges, as pairs of node numbers (each edge is added once). */
    private final EscapeEdgeSet edges = new EscapeEdgeSet();
    private int nodeCount;
    private final Map<Object, Obj> keyed = new HashMap<>();
    /** Procedures that unknown code may call: their parameters hold unknown arguments. */
    private final Set<Core.Lambda> calledFromOutside = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final EscapeCalls calls;

    EscapeGraph(EscapeCalls.Binder binder) {
        this.calls = new EscapeCalls(this, binder);
        listen(global, id -> {
            Obj o = objects.get(id);
            edge(o.contents, global);
            if (o.kind == Kind.CLOSURE) calls.calledFromOutside(o);
        });
    }

    EscapeCalls calls() { return calls; }

    /** The object for {@code key}, made on first request. */
    Obj object(Object key, Kind kind, Core node) {
        Obj o = keyed.get(key);
        if (o == null) {
            o = new Obj(objects.size(), kind, node);
            objects.add(o);
            keyed.put(key, o);
        }
        return o;
    }

    Obj object(int id) { return objects.get(id); }

    /** Records that unknown code may call {@code l}; true the first time. */
    boolean markCalledFromOutside(Core.Lambda l) { return calledFromOutside.add(l); }

    void add(Node n, Obj o) {
        if (!n.pts.set(o.id)) return;
        n.pending.set(o.id);
        enqueue(n);
    }

    /** Everything {@code from} holds, now and later, flows into {@code to}. */
    void edge(Node from, Node to) {
        if (from == to || !edges.add(number(from), number(to))) return;
        from.succ.add(to);
        // what from has not passed on yet reaches to when from is processed
        addAll(to, from.pts, from.pending);
    }

    /** How many edges the graph has (for tests: solver work is measured against it). */
    int edgeCount() { return edges.size(); }

    private int number(Node n) {
        if (n.id < 0) n.id = nodeCount++;
        return n.id;
    }

    /** Runs {@code l} for every object that reaches {@code n}, now and later. */
    void listen(Node n, IntConsumer l) {
        n.listeners.add(l);
        EscapeIdSet known = new EscapeIdSet();
        EscapeIdSet.addNew(known, new EscapeIdSet(), n.pts, n.pending);
        known.forEach(l);
    }

    private void addAll(Node n, EscapeIdSet ids, EscapeIdSet except) {
        unions++;
        if (EscapeIdSet.addNew(n.pts, n.pending, ids, except)) enqueue(n);
    }

    private void enqueue(Node n) { work.add(n); }

    /** Propagates to the fixed point. */
    void solve() { solve(Long.MAX_VALUE); }

    /**
     * Propagates to the fixed point, or gives up when that takes longer than {@code budgetNanos}
     * (on scripts whose many procedures return structures built from each other's results the
     * constraint graph itself can grow quadratically); returns whether it finished.
     */
    boolean solve(long budgetNanos) {
        long start = System.nanoTime();
        int steps = 0;
        while (!work.isEmpty()) {
            if ((++steps & 1023) == 1 && System.nanoTime() - start > budgetNanos) return false;
            Node n = work.poll();
            processed++;
            EscapeIdSet delta = n.pending;
            n.pending = new EscapeIdSet();
            // edges added while this runs receive everything n holds when they are added
            for (int i = 0, size = n.succ.size(); i < size; i++) addAll(n.succ.get(i), delta, null);
            for (int i = 0; i < n.listeners.size(); i++) delta.forEach(n.listeners.get(i));
        }
        return true;
    }
}
