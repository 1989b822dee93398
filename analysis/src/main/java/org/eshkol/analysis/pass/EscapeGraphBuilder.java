package org.eshkol.analysis.pass;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.CoreNodes;
import org.eshkol.analysis.ir.LocalVar;
import org.eshkol.analysis.pass.EscapeGraph.Kind;
import org.eshkol.analysis.pass.EscapeGraph.Node;
import org.eshkol.analysis.pass.EscapeGraph.Obj;

/**
 * Builds the {@link EscapeGraph} of a program: one walk over the core IR that gives every
 * expression a value node and adds the constraints of each form. Procedures are closure objects;
 * calls are resolved during solving. A global that the script defines once, as a procedure (or
 * record procedure), and never assigns is a known procedure: its references hold that procedure.
 * Any other global holds an unknown value, except the builtins of {@link EscapeBuiltins} that the
 * script does not define. A {@code set!} of a variable bound outside the current scope stores
 * into a location that outlives the scope: the value escapes globally.
 */
final class EscapeGraphBuilder implements EscapeCalls.Binder {
    static final String TOP_LEVEL = "<top-level>";

    final EscapeGraph graph = new EscapeGraph(this);
    private final VariableFacts vars;
    private final Set<Core.Letrec> loops;
    final EscapeScope top = new EscapeScope(null, null, null, TOP_LEVEL);
    final List<EscapeScope> scopes = new ArrayList<>(List.of(top));
    final Map<LocalVar, Node> varNodes = new IdentityHashMap<>();
    final Map<LocalVar, EscapeScope> varScopes = new LinkedHashMap<>();
    final Map<Core.Lambda, EscapeScope> lambdaScopes = new IdentityHashMap<>();
    final Map<Core.Call, EscapeScope> regions = new IdentityHashMap<>();
    /** Stores of globals: the define or set! node -> the stored value. */
    final Map<Core, Node> globalStores = new IdentityHashMap<>();
    final List<Core.GlobalDefine> defines = new ArrayList<>();
    /** Lambdas not listed as sites: loops, thunks of expander forms, and procedures bound by a definition or let. */
    final Set<Core> unlisted = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<Core.Lambda> loopLambdas = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Core.Lambda, List<Node>> params = new IdentityHashMap<>();
    private final Map<Core.Lambda, Node> rets = new IdentityHashMap<>();
    private final Map<Core.Call, EscapeScope> callScopes = new IdentityHashMap<>();
    /** Calls of two arguments whose operator is a variable: the operator's value (a record setter, perhaps). */
    final Map<Core.Call, Node> setterCandidates = new IdentityHashMap<>();
    private final Map<String, Node> knownGlobals = new HashMap<>();
    private final Set<String> scriptGlobals = new HashSet<>();

    EscapeGraphBuilder(VariableFacts vars, Set<Core.Letrec> loops) {
        this.vars = vars;
        this.loops = loops;
    }

    /** Adds the constraints of a whole program (the top-level forms, in order). */
    void build(List<Core> forms) {
        findGlobals(forms);
        for (Core f : forms) {
            Node v = walk(f, top);
            if (!(f instanceof Core.GlobalDefine)) graph.edge(v, top.ret);
        }
    }

    private void findGlobals(List<Core> forms) {
        Map<String, Integer> defined = new HashMap<>();
        Map<String, Core> values = new HashMap<>();
        Set<String> assigned = new HashSet<>();
        List<Core> todo = new ArrayList<>(forms);
        while (!todo.isEmpty()) {
            Core c = todo.remove(todo.size() - 1);
            if (c instanceof Core.GlobalDefine d) {
                defined.merge(d.name(), 1, Integer::sum);
                values.put(d.name(), d.value());
            } else if (c instanceof Core.GlobalSet s) {
                assigned.add(s.name());
            }
            todo.addAll(CoreNodes.children(c));
        }
        scriptGlobals.addAll(defined.keySet());
        scriptGlobals.addAll(assigned);
        defined.forEach((name, count) -> {
            if (count == 1 && !assigned.contains(name) && isProcedureForm(values.get(name))) knownGlobals.put(name, new Node());
        });
    }

    private static boolean isProcedureForm(Core value) {
        return value instanceof Core.Lambda || value instanceof Core.CaseLambda
                || value instanceof Core.Call c && c.fn() instanceof Core.PrimRef p && p.name().startsWith("%record-");
    }

    Node varNode(LocalVar v) { return varNodes.computeIfAbsent(v, k -> new Node()); }

    private void bindVar(LocalVar v, EscapeScope sc) {
        varScopes.put(v, sc);
        varNode(v);
    }

    private Node walk(Core e, EscapeScope sc) {
        return switch (e) {
            case Core.Const c -> new Node();
            case Core.Unspecified u -> new Node();
            case Core.LocalRef r -> varNode(r.var());
            case Core.GlobalRef g -> globalRead(g.name());
            case Core.PrimRef p -> builtin(p.name());
            case Core.LocalSet s -> {
                Node v = walk(s.value(), sc);
                graph.edge(v, varNode(s.var()));
                EscapeScope home = varScopes.get(s.var());
                if (home != null && home != sc) graph.calls().escape(v);
                yield new Node();
            }
            case Core.GlobalSet s -> globalStore(s, s.name(), s.value(), sc);
            case Core.GlobalDefine d -> {
                defines.add(d);
                if (d.value() instanceof Core.Lambda || d.value() instanceof Core.CaseLambda) unlisted.add(d.value());
                yield globalStore(d, d.name(), d.value(), sc);
            }
            case Core.If i -> {
                walk(i.test(), sc);
                Node r = new Node();
                graph.edge(walk(i.then(), sc), r);
                graph.edge(walk(i.otherwise(), sc), r);
                yield r;
            }
            case Core.Lambda l -> closure(l, List.of(l), sc, false);
            case Core.CaseLambda cl -> closure(cl, cl.clauses(), sc, false);
            case Core.Call c -> call(c, sc);
            case Core.Seq s -> {
                Node last = null;
                for (Core x : s.body()) last = walk(x, sc);
                yield last;
            }
            case Core.Let l -> {
                List<Node> inits = new ArrayList<>();
                for (Core x : l.inits()) inits.add(walk(x, sc));
                for (int i = 0; i < l.vars().size(); i++) {
                    bindVar(l.vars().get(i), sc);
                    bound(l.inits().get(i));
                    graph.edge(inits.get(i), varNode(l.vars().get(i)));
                }
                yield walk(l.body(), sc);
            }
            case Core.Letrec l -> {
                for (LocalVar v : l.vars()) bindVar(v, sc);
                boolean loop = loops.contains(l);
                for (int i = 0; i < l.vars().size(); i++) {
                    Core init = l.inits().get(i);
                    bound(init);
                    Node v = loop ? closure(init, List.of((Core.Lambda) init), sc, true) : walk(init, sc);
                    graph.edge(v, varNode(l.vars().get(i)));
                }
                yield walk(l.body(), sc);
            }
            case Core.Owned o -> walk(o.value(), sc);
            case Core.Move m -> walk(m.target(), sc);
            case Core.Consume c -> {
                walk(c.target(), sc);
                yield new Node();
            }
            case Core.Borrow b -> {
                walk(b.target(), sc);
                yield walk(b.body(), sc);
            }
        };
    }

    /** A procedure bound by a let or letrec is listed as its binding, not as a separate site. */
    private void bound(Core init) {
        if (init instanceof Core.Lambda || init instanceof Core.CaseLambda) unlisted.add(init);
    }

    private Node globalStore(Core node, String name, Core value, EscapeScope sc) {
        Node v = walk(value, sc);
        graph.calls().escape(v);
        globalStores.put(node, v);
        Node known = knownGlobals.get(name);
        if (known != null) graph.edge(v, known);
        return new Node();
    }

    private Node globalRead(String name) {
        Node known = knownGlobals.get(name);
        if (known != null) return known;
        if (!scriptGlobals.contains(name) && EscapeBuiltins.isKnown(name)) return builtin(name);
        return unknownGlobal(name);
    }

    private Node unknownGlobal(String name) {
        Node n = new Node();
        graph.add(n, graph.object(new EscapeKey("global:" + name, null, 0), Kind.UNKNOWN_GLOBAL, null));
        return n;
    }

    private Node builtin(String name) {
        if (!EscapeBuiltins.isKnown(name)) return unknownGlobal(name);
        Obj o = graph.object(new EscapeKey("builtin:" + name, null, 0), Kind.BUILTIN, null);
        o.builtin = name;
        Node n = new Node();
        graph.add(n, o);
        return n;
    }

    /** A closure object for {@code node} (a lambda or case-lambda) with its clauses' bodies; a loop runs in scope {@code sc}. */
    private Node closure(Core node, List<Core.Lambda> clauses, EscapeScope sc, boolean loop) {
        Obj o = graph.object(new EscapeKey("closure", node, 0), Kind.CLOSURE, node);
        o.scope = sc;
        for (Core.Lambda l : clauses) {
            o.lambda = l;
            String name = l.name() != null ? l.name() : sc.name;
            EscapeScope inner = loop ? sc : new EscapeScope(l, sc, null, name);
            if (loop) loopLambdas.add(l);
            else scopes.add(inner);
            lambdaScopes.put(l, inner);
            procedure(l, inner, loop ? new Node() : inner.ret);
            for (LocalVar v : vars.freeVariables(l)) graph.edge(varNode(v), o.contents);
        }
        Node n = new Node();
        graph.add(n, o);
        return n;
    }

    private void procedure(Core.Lambda l, EscapeScope inner, Node ret) {
        List<Node> ps = new ArrayList<>();
        for (LocalVar p : l.params()) {
            bindVar(p, inner);
            ps.add(varNode(p));
        }
        if (l.hasRest()) {
            bindVar(l.rest(), inner);
            ps.add(varNode(l.rest()));
            graph.add(varNode(l.rest()), graph.calls().restList(l));
        }
        params.put(l, ps);
        rets.put(l, ret);
        graph.edge(walk(l.body(), inner), ret);
    }

    private Node call(Core.Call c, EscapeScope sc) {
        callScopes.put(c, sc);
        if (c.fn() instanceof Core.PrimRef p && p.name().startsWith("%")) {
            for (Core a : c.args()) if (a instanceof Core.Lambda) unlisted.add(a);
            if (p.name().equals("%with-region") && c.args().size() == 3 && c.args().get(2) instanceof Core.Lambda thunk
                    && thunk.params().isEmpty() && !thunk.hasRest()) {
                return withRegion(c, thunk, sc);
            }
        }
        Node fn = walk(c.fn(), sc);
        if (c.args().size() == 2 && (c.fn() instanceof Core.GlobalRef || c.fn() instanceof Core.LocalRef)) setterCandidates.put(c, fn);
        List<Node> args = new ArrayList<>();
        for (Core a : c.args()) args.add(walk(a, sc));
        Node result = new Node();
        graph.calls().call(fn, new EscapeCalls.Call(c, 0, args, null, result));
        return result;
    }

    /** {@code (%with-region name size (lambda () body))}: the body is a scope of its own that runs in place. */
    private Node withRegion(Core.Call c, Core.Lambda thunk, EscapeScope sc) {
        walk(c.args().get(0), sc);
        walk(c.args().get(1), sc);
        EscapeScope w = new EscapeScope(thunk, sc, c, sc.name);
        scopes.add(w);
        regions.put(c, w);
        lambdaScopes.put(thunk, w);
        procedure(thunk, w, w.ret);
        Node r = new Node();
        graph.edge(w.ret, r);
        return r;
    }

    List<LocalVar> freeVariables(Core.Lambda l) { return vars.freeVariables(l); }

    // ---- EscapeCalls.Binder ----

    @Override
    public List<Node> params(Core.Lambda l) { return params.get(l); }

    @Override
    public Node ret(Core.Lambda l) { return rets.get(l); }

    @Override
    public List<Core.Lambda> clauses(Obj closure) {
        return closure.node instanceof Core.CaseLambda cl ? cl.clauses() : List.of((Core.Lambda) closure.node);
    }

    @Override
    public EscapeScope scopeOf(Core.Call call) { return callScopes.get(call); }

    @Override
    public EscapeScope scopeOf(Core.Lambda l) { return lambdaScopes.get(l); }
}
