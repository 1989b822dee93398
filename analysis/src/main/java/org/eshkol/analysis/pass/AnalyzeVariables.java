package org.eshkol.analysis.pass;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.LocalVar;

/**
 * Core -> {@link VariableFacts}. Finds assigned variables, captured variables and the free variables
 * of each procedure. Invariant established: every {@link LocalVar} referenced inside a lambda but
 * bound outside it appears in that lambda's free list (and in each enclosing lambda's list up to the
 * binder), so closure conversion can copy it in.
 */
public final class AnalyzeVariables {
    private final VariableFacts facts = new VariableFacts();
    /** The lambda that binds each variable (null for variables bound at top level, outside any lambda). */
    private final Map<LocalVar, Core.Lambda> binder = new IdentityHashMap<>();
    private final Map<Core.Lambda, Set<LocalVar>> freeSets = new IdentityHashMap<>();

    public static VariableFacts analyze(List<Core> forms) {
        AnalyzeVariables a = new AnalyzeVariables();
        for (Core f : forms) a.walk(f, null);
        for (Map.Entry<Core.Lambda, Set<LocalVar>> e : a.freeSets.entrySet()) {
            a.facts.free.put(e.getKey(), List.copyOf(e.getValue()));
        }
        return a.facts;
    }

    private void bind(LocalVar v, Core.Lambda owner) { binder.put(v, owner); }

    private void use(LocalVar v, List<Core.Lambda> chain) {
        Core.Lambda owner = binder.get(v);
        // walk out from the innermost lambda until reaching the binder
        for (int i = chain.size() - 1; i >= 0; i--) {
            Core.Lambda l = chain.get(i);
            if (l == owner) return;
            facts.captured.add(v);
            freeSets.computeIfAbsent(l, k -> new LinkedHashSet<>()).add(v);
        }
    }

    private void walk(Core node, List<Core.Lambda> chain) {
        if (chain == null) chain = new ArrayList<>();
        Core.Lambda current = chain.isEmpty() ? null : chain.get(chain.size() - 1);
        switch (node) {
            case Core.Const c -> {}
            case Core.Unspecified u -> {}
            case Core.GlobalRef g -> {}
            case Core.PrimRef p -> {}
            case Core.LocalRef r -> use(r.var(), chain);
            case Core.LocalSet s -> {
                facts.mutated.add(s.var());
                use(s.var(), chain);
                walk(s.value(), chain);
            }
            case Core.GlobalSet s -> walk(s.value(), chain);
            case Core.GlobalDefine d -> walk(d.value(), chain);
            case Core.If i -> {
                walk(i.test(), chain);
                walk(i.then(), chain);
                walk(i.otherwise(), chain);
            }
            case Core.Lambda l -> walkLambda(l, chain);
            case Core.CaseLambda cl -> {
                for (Core.Lambda l : cl.clauses()) walkLambda(l, chain);
            }
            case Core.Call c -> {
                walk(c.fn(), chain);
                for (Core a : c.args()) walk(a, chain);
            }
            case Core.Seq s -> {
                for (Core e : s.body()) walk(e, chain);
            }
            case Core.Let l -> {
                for (Core e : l.inits()) walk(e, chain);
                for (LocalVar v : l.vars()) bind(v, current);
                walk(l.body(), chain);
            }
            case Core.Letrec l -> {
                for (LocalVar v : l.vars()) bind(v, current);
                for (Core e : l.inits()) walk(e, chain);
                walk(l.body(), chain);
            }
            case Core.Owned o -> walk(o.value(), chain);
            case Core.Move m -> walk(m.target(), chain);
            case Core.Consume c -> walk(c.target(), chain);
            case Core.Borrow b -> {
                walk(b.target(), chain);
                walk(b.body(), chain);
            }
        }
    }

    private void walkLambda(Core.Lambda l, List<Core.Lambda> chain) {
        for (LocalVar p : l.params()) bind(p, l);
        if (l.rest() != null) bind(l.rest(), l);
        freeSets.computeIfAbsent(l, k -> new LinkedHashSet<>());
        chain.add(l);
        try {
            walk(l.body(), chain);
        } finally {
            chain.remove(chain.size() - 1);
        }
    }
}
