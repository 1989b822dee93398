package org.eshkol.analysis.pass;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.eshkol.analysis.diag.Diagnostic;
import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.LocalVar;
import org.eshkol.analysis.pass.OwnershipFlow.Entry;
import org.eshkol.analysis.pass.OwnershipFlow.State;
import org.eshkol.analysis.source.Span;

/**
 * Core -> ownership diagnostics (Tier 3). Invariant established when it reports nothing: every
 * binding that holds an owned value ({@code (owned e)}, a {@code move}, a call of a script procedure
 * that returns one, or a parameter that receives one somewhere in the script) is consumed
 * ({@code consume}, {@code close}, a {@code move} or a hand-over to a script procedure) exactly once on
 * every path before its scope exits, is not used after that, is not moved or consumed while
 * borrowed, and is not consumed by a closure or loop body that may run more than once. Top-level
 * defines are exempt from the consumption check only.
 *
 * <p>States (owned, borrowed, moved, consumed) flow through {@code if} (so {@code cond}, {@code case},
 * {@code when}, {@code and}, {@code or}), {@code let} forms, named-let loops, and the thunks of
 * {@code guard}, {@code parameterize}, {@code dynamic-wind} and {@code with-resource}, which run once
 * in place. Which parameters receive owned values is found interprocedurally over the script's
 * procedures, to a fixed point; then a last walk reports. Facts live in side tables keyed by
 * {@link LocalVar} and lambda identity; nodes are not changed.
 */
public final class CheckOwnership {
    private static final Set<String> CONSUMERS = Set.of("close", "close-port", "close-input-port", "close-output-port");
    private static final Set<String> DIVERGING = Set.of("error", "raise", "exit", "emergency-exit");
    private static final int MAX_ROUNDS = 100;

    private enum Kind { MOVE, CONSUME, CLOSE }

    private final Diagnostics diags;
    private final Predicate<String> isBuiltin;
    private final Consumer<Diagnostic> explain;
    private final OwnershipMemory memory;
    private final GlobalEffects effects = new GlobalEffects();
    private final Map<String, Core.Lambda> globalProcs = new HashMap<>();
    private final Set<String> userGlobals = new HashSet<>();
    private final Map<LocalVar, Core.Lambda> localProcs = new IdentityHashMap<>();
    /** Parameters that receive an owned argument somewhere, with the first place one is passed. */
    private final Map<LocalVar, Span> ownedParams = new IdentityHashMap<>();
    private final Set<Core.Lambda> returnsOwned = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> reported = new HashSet<>();
    /** Every local variable that was bound to an owned value on some path. */
    private final Set<LocalVar> ownedVars = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean report;
    private boolean changed;
    private int closureDepth;
    /** For each enclosing closure, whether it is a loop (a letrec-bound procedure) rather than a lambda value. */
    private final List<Boolean> closures = new ArrayList<>();

    private CheckOwnership(Diagnostics diags, Predicate<String> isBuiltin, Consumer<Diagnostic> explain, OwnershipMemory memory) {
        this.diags = diags;
        this.isBuiltin = isBuiltin;
        this.explain = explain;
        this.memory = memory;
        if (memory != null) for (var e : memory.globals.entrySet()) effects.addOwned(e.getKey(), e.getValue().origin);
    }

    /**
     * Checks a whole program, adding every violation to {@code diags}, taking every global that the
     * script does not define for a builtin (which only borrows its arguments).
     */
    public static void check(List<Core> forms, Diagnostics diags) { check(forms, diags, name -> true, d -> {}); }

    /**
     * Checks a whole program, adding every violation to {@code diags}. A builtin (per {@code isBuiltin},
     * for globals the script does not define) borrows its arguments; any other procedure the analysis
     * cannot see (a Java method, a procedure received as an argument) takes ownership of an owned
     * variable passed to it: the gradual part, each case given to {@code explain} as a note.
     */
    public static void check(List<Core> forms, Diagnostics diags, Predicate<String> isBuiltin, Consumer<Diagnostic> explain) {
        check(forms, diags, isBuiltin, explain, null);
    }

    /**
     * As above, one program of a session: {@code memory} carries the owned globals and what the
     * session's procedures do to them from earlier programs, and is updated when this one passes.
     */
    public static void check(List<Core> forms, Diagnostics diags, Predicate<String> isBuiltin, Consumer<Diagnostic> explain,
                             OwnershipMemory memory) {
        CheckOwnership c = new CheckOwnership(diags, isBuiltin, explain, memory);
        c.collectProcedures(forms);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            c.changed = false;
            c.run(forms);
            if (!c.changed) break;
        }
        c.report = true;
        int before = diags.all().size();
        OwnershipFlow top = c.run(forms);
        if (memory != null && diags.all().size() == before) c.remember(top);
    }

    /** Updates the session's memory after a program that passed. */
    private void remember(OwnershipFlow top) {
        for (String g : userGlobals) memory.forget(g);
        for (var e : top.vars.entrySet()) {
            if (e.getKey() instanceof String g && effects.isOwned(g)) memory.remember(g, e.getValue());
        }
        for (var p : globalProcs.entrySet()) memory.procedures.put(p.getKey(), effects.of(p.getValue()));
    }

    private void collectProcedures(List<Core> forms) {
        ScriptGlobals g = ScriptGlobals.of(forms);
        userGlobals.addAll(g.user());
        globalProcs.putAll(g.procedures());
    }

    private OwnershipFlow run(List<Core> forms) {
        OwnershipFlow top = new OwnershipFlow();
        if (memory != null) for (var e : memory.globals.entrySet()) top.vars.put(e.getKey(), e.getValue().copy());
        closureDepth = 0;
        for (Core f : forms) walk(f, top);
        return top;
    }

    /** A top-level procedure: walked with the owned globals in scope, its effects on them summarised. */
    private void topLevelProcedure(Core.Lambda l) {
        OwnershipFlow pf = new OwnershipFlow();
        for (var g : effects.owned.entrySet()) {
            pf.vars.put(g.getKey(), new Entry(g.getKey(), g.getValue(), "owned value created here", closureDepth, false, true, State.OWNED));
        }
        var saved = effects.begin();
        procedure(l, pf);
        if (effects.end(l, saved)) changed = true;
    }

    // ---------------------------------------------------------------- the walk

    // instanceof chains rather than pattern switches here and in producesOwned: each switch's
    // bootstrap costs the first compilation in a JVM about a millisecond
    private void walk(Core node, OwnershipFlow f) {
        if (node instanceof Core.Const || node instanceof Core.Unspecified || node instanceof Core.PrimRef) return;
        if (node instanceof Core.GlobalRef g) use(g.name(), g.span(), f);
        else if (node instanceof Core.LocalRef r) use(r.var(), r.span(), f);
        else if (node instanceof Core.LocalSet s) {
            walk(s.value(), f);
            Entry e = f.vars.get(s.var());
            if (e != null && producesOwned(s.value(), f)) {
                f.vars.put(s.var(), new Entry(e.name, s.value().span(), "owned value created here", e.depth, false, e.exempt, State.OWNED));
            }
        } else if (node instanceof Core.GlobalSet s) walk(s.value(), f);
        else if (node instanceof Core.GlobalDefine d) {
            if (d.value() instanceof Core.Lambda l) {
                f.vars.remove(d.name());
                topLevelProcedure(l);
            } else {
                if (producesOwned(d.value(), f) && effects.addOwned(d.name(), d.value().span())) changed = true;
                f.vars.remove(d.name());
                bindValue(d.name(), d.name(), d.value(), f, true);
            }
        } else if (node instanceof Core.If i) {
            walk(i.test(), f);
            OwnershipFlow a = f.copy();
            walk(i.then(), a);
            OwnershipFlow b = f.copy();
            walk(i.otherwise(), b);
            f.become(join(a, b, i.span()));
        } else if (node instanceof Core.Lambda l) closure(l, f, false);
        else if (node instanceof Core.CaseLambda cl) { for (Core.Lambda l : cl.clauses()) closure(l, f, false); }
        else if (node instanceof Core.Call c) call(c, f);
        else if (node instanceof Core.Seq s) {
            int last = s.body().size() - 1;
            for (int k = 0; k < last; k++) statement(s.body().get(k), f);
            walk(s.body().get(last), f);
        } else if (node instanceof Core.Let l) {
            for (int k = 0; k < l.vars().size(); k++) bindValue(l.vars().get(k), l.vars().get(k).name(), l.inits().get(k), f, false);
            walk(l.body(), f);
            exitScope(l.vars(), l.body(), f);
        } else if (node instanceof Core.Letrec l) {
            for (int k = 0; k < l.vars().size(); k++) {
                if (l.inits().get(k) instanceof Core.Lambda lam) localProcs.put(l.vars().get(k), lam);
            }
            for (int k = 0; k < l.vars().size(); k++) {
                Core init = l.inits().get(k);
                if (init instanceof Core.Lambda lam) closure(lam, f, true);
                else bindValue(l.vars().get(k), l.vars().get(k).name(), init, f, false);
            }
            walk(l.body(), f);
            exitScope(l.vars(), l.body(), f);
        } else if (node instanceof Core.Owned o) walk(o.value(), f);
        else if (node instanceof Core.Move m) transfer(m.target(), m.span(), Kind.MOVE, f);
        else if (node instanceof Core.Consume c) transfer(c.target(), c.span(), Kind.CONSUME, f);
        else if (node instanceof Core.Borrow b) borrow(b, f);
        else throw new IllegalStateException("unknown core node " + node);
    }

    /**
     * A form whose value is thrown away: an owned value produced there (by {@code owned}, or by a
     * script procedure that returns one) can never be consumed, so it is reported.
     */
    private void statement(Core e, OwnershipFlow f) {
        boolean discardsOwned = (e instanceof Core.Call || e instanceof Core.Owned) && producesOwned(e, f);
        walk(e, f);
        if (!discardsOwned || f.dead) return;
        String what = e instanceof Core.Call c && OwnershipMessages.knownName(c.fn()) != null ? "returned by '" + OwnershipMessages.knownName(c.fn()) + "'" : "";
        error(e.span(), "Owned value " + (what.isEmpty() ? "" : what + " ") + "discarded without being consumed",
                List.of(), List.of("Bind it and consume it, for example:", "  (let ((x " + (what.isEmpty() ? "..." : "(" + OwnershipMessages.knownName(((Core.Call) e).fn()) + " ...)") + ")) ... (close x))"));
    }

    /** Evaluates {@code init} and binds its value to {@code key}, tracked when it is owned. */
    private void bindValue(Object key, String name, Core init, OwnershipFlow f, boolean exempt) {
        boolean owned = producesOwned(init, f);
        if (owned && OwnershipMessages.variableKey(init) != null && f.vars.get(OwnershipMessages.variableKey(init)) instanceof Entry src && src.state == State.OWNED) {
            transfer(init, init.span(), Kind.MOVE, f); // (let ((y x)) ...) moves x into y
        } else {
            walk(init, f);
        }
        if (owned && key instanceof LocalVar v) ownedVars.add(v);
        if (owned) f.vars.put(key, new Entry(name, init.span(), "owned value created here", closureDepth, false, exempt, State.OWNED));
    }

    private void use(Object key, Span at, OwnershipFlow f) {
        if (key instanceof String g) effects.used(g, at);
        Entry e = f.vars.get(key);
        if (e != null && e.gone()) error(at, "Use of moved value '" + e.name + "'", OwnershipMessages.gone(e));
    }

    private void transfer(Core target, Span at, Kind kind, OwnershipFlow f) {
        Entry e = f.vars.get(OwnershipMessages.variableKey(target));
        if (e == null) return;
        String x = "'" + e.name + "'";
        if (e.gone()) {
            if (kind == Kind.MOVE && e.state == State.MOVED) error(at, "Double move of " + x + " - value already moved", OwnershipMessages.gone(e));
            else error(at, "Use of moved value " + x, OwnershipMessages.gone(e));
            return;
        }
        if (e.state == State.BORROWED) {
            String verb = kind == Kind.MOVE ? "move" : kind == Kind.CLOSE ? "close" : "consume";
            error(at, "Cannot " + verb + " " + x + " while it is borrowed", List.of(new Diagnostic.Label(e.borrowed, "value borrowed here")));
            return;
        }
        if (e.depth < closureDepth) {
            boolean loop = closures.get(closures.size() - 1);
            error(at, loop ? "Owned value " + x + " consumed inside a loop body that may repeat"
                            : "Owned value " + x + " consumed by a closure that may run more than once",
                    List.of(new Diagnostic.Label(e.origin, e.originLabel)));
            return;
        }
        e.state = kind == Kind.MOVE ? State.MOVED : State.CONSUMED;
        e.moved = at;
        if (OwnershipMessages.variableKey(target) instanceof String g) effects.consumed(g, at);
    }

    private void borrow(Core.Borrow b, OwnershipFlow f) {
        Object key = OwnershipMessages.variableKey(b.target());
        Entry e = f.vars.get(key);
        if (e != null && e.gone()) {
            error(b.target().span(), "Cannot borrow moved value '" + e.name + "'", OwnershipMessages.gone(e));
            walk(b.body(), f);
            return;
        }
        if (e == null) {
            Entry temp = new Entry(OwnershipMessages.nameOf(b.target()), b.span(), "value borrowed here", closureDepth, true, true, State.BORROWED);
            temp.borrowed = b.span();
            f.vars.put(key, temp);
            walk(b.body(), f);
            f.vars.remove(key);
            return;
        }
        boolean outer = e.state == State.BORROWED;
        if (!outer) {
            e.state = State.BORROWED;
            e.borrowed = b.span();
        }
        walk(b.body(), f);
        Entry after = f.vars.get(key);
        if (!outer && after != null && after.state == State.BORROWED) after.state = State.OWNED;
    }

    // ---------------------------------------------------------------- calls and procedures

    private void call(Core.Call c, OwnershipFlow f) {
        if (c.fn() instanceof Core.PrimRef p && inlineThunks(p.name(), c, f)) return;
        String global = c.fn() instanceof Core.GlobalRef g && !userGlobals.contains(g.name()) ? g.name() : null;
        if (global != null && CONSUMERS.contains(global) && c.args().size() == 1 && OwnershipMessages.variableKey(c.args().get(0)) != null) {
            transfer(c.args().get(0), c.span(), Kind.CLOSE, f);
            return;
        }
        if ("dynamic-wind".equals(global) && c.args().size() == 3 && c.args().stream().allMatch(CheckOwnership::isThunk)) {
            for (Core a : c.args()) walk(((Core.Lambda) a).body(), f);
            return;
        }
        Core.Lambda target = knownProcedure(c.fn());
        walk(c.fn(), f);
        boolean unseen = target == null && !(global != null && isBuiltin.test(global));
        for (int k = 0; k < c.args().size(); k++) {
            Core arg = c.args().get(k);
            if (unseen && OwnershipMessages.variableKey(arg) != null && producesOwned(arg, f)) {
                transfer(arg, arg.span(), Kind.MOVE, f);
                note(arg.span(), "'" + OwnershipMessages.nameOf(arg) + "' moves into " + OwnershipMessages.describeCallee(c.fn())
                        + ", which the analysis cannot see: it takes ownership");
                continue;
            }
            LocalVar param = target != null && k < target.params().size() ? target.params().get(k) : null;
            if (param == null || !producesOwned(arg, f)) {
                walk(arg, f);
                continue;
            }
            if (OwnershipMessages.variableKey(arg) != null) transfer(arg, arg.span(), Kind.MOVE, f);
            else walk(arg, f);
            if (!ownedParams.containsKey(param)) {
                ownedParams.put(param, arg.span());
                changed = true;
            }
        }
        applyEffects(c, target, f);
        if (global != null && DIVERGING.contains(global)) f.dead = true;
        // guard's lowering re-raises a condition no clause accepted: that path leaves the guard
        if (c.fn() instanceof Core.PrimRef p && p.name().equals("raise-continuable")) f.dead = true;
    }

    /** A call of a procedure that uses or consumes owned globals does so at the call. */
    private void applyEffects(Core.Call c, Core.Lambda target, OwnershipFlow f) {
        List<GlobalEffects.Effect> eff = List.of();
        if (target != null) eff = effects.of(target);
        else if (memory != null && c.fn() instanceof Core.GlobalRef g && !userGlobals.contains(g.name())) {
            eff = memory.procedures.getOrDefault(g.name(), List.of());
        }
        for (GlobalEffects.Effect x : eff) {
            if (x.consumes()) transfer(new Core.GlobalRef(c.span(), x.global()), c.span(), Kind.CONSUME, f);
            else use(x.global(), c.span(), f);
        }
    }

    /** The runtime helpers whose procedure arguments run once, in place: their bodies are walked inline. */
    private boolean inlineThunks(String prim, Core.Call c, OwnershipFlow f) {
        switch (prim) {
            case "%with-resource", "%parameterize", "%with-region" -> {
                for (Core a : c.args()) {
                    if (isThunk(a)) walk(((Core.Lambda) a).body(), f);
                    else walk(a, f);
                }
                return true;
            }
            case "%guard" -> {
                if (c.args().size() != 2 || !isThunk(c.args().get(0)) || !(c.args().get(1) instanceof Core.Lambda handler)) return false;
                OwnershipFlow before = f.copy();
                walk(((Core.Lambda) c.args().get(0)).body(), f);
                OwnershipFlow h = before;
                walk(handler.body(), h);
                f.become(join(f.copy(), h, c.span()));
                return true;
            }
            default -> { return false; }
        }
    }

    private static boolean isThunk(Core c) { return c instanceof Core.Lambda l && l.params().isEmpty() && l.rest() == null; }

    private Core.Lambda knownProcedure(Core fn) {
        if (fn instanceof Core.GlobalRef g) return globalProcs.get(g.name());
        if (fn instanceof Core.LocalRef r) return localProcs.get(r.var());
        if (fn instanceof Core.Lambda l) return l;
        return null;
    }

    /** A procedure body: its owned parameters are tracked and must be consumed before it returns. */
    private void procedure(Core.Lambda l, OwnershipFlow f) {
        for (LocalVar p : l.params()) {
            Span site = ownedParams.get(p);
            if (site != null) {
                Entry e = new Entry(p.name(), site, "ownership passed here", closureDepth, false, false, State.OWNED);
                f.vars.put(p, e);
                ownedVars.add(p);
            }
        }
        walk(l.body(), f);
        if (!f.dead && producesOwned(l.body(), f) && returnsOwned.add(l)) changed = true;
        exitScope(l.params(), l.body(), f);
    }

    /** A procedure created here that may run any number of times: outer owned values may not be consumed in it. */
    private void closure(Core.Lambda l, OwnershipFlow f, boolean loop) {
        closureDepth++;
        closures.add(loop);
        try {
            procedure(l, f.copy());
        } finally {
            closures.remove(closures.size() - 1);
            closureDepth--;
        }
    }

    // ---------------------------------------------------------------- scopes and joins

    private void exitScope(List<LocalVar> vars, Core body, OwnershipFlow f) {
        for (LocalVar v : vars) {
            Entry e = f.vars.remove(v);
            if (e == null || e.borrowOnly || e.exempt || f.dead || e.state != State.OWNED || Returns.mayReturn(body, v)) continue;
            String x = v.name();
            error(v.span(), "Owned value '" + x + "' not consumed before scope exit",
                    List.of(new Diagnostic.Label(e.origin, e.originLabel)), OwnershipMessages.consumeFixes(x));
        }
    }

    private OwnershipFlow join(OwnershipFlow a, OwnershipFlow b, Span at) {
        if (a.dead) return b;
        if (b.dead) return a;
        Set<Object> keys = new LinkedHashSet<>(a.vars.keySet());
        keys.addAll(b.vars.keySet());
        OwnershipFlow out = new OwnershipFlow();
        for (Object k : keys) {
            Entry ea = a.vars.get(k);
            Entry eb = b.vars.get(k);
            if (ea == null || eb == null) {
                out.vars.put(k, ea != null ? ea : eb);
                continue;
            }
            if (ea.gone() != eb.gone()) {
                Entry g = ea.gone() ? ea : eb;
                error(at, "Owned value '" + g.name + "' is consumed in one branch but not in the other", OwnershipMessages.gone(g));
                out.vars.put(k, g);
            } else {
                out.vars.put(k, ea);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- facts about expressions

    /** True when the value of {@code e} is owned: the receiver takes ownership of it. */
    private boolean producesOwned(Core e, OwnershipFlow f) {
        if (e instanceof Core.Owned) return true;
        if (e instanceof Core.Move m) return !(f.vars.get(OwnershipMessages.variableKey(m.target())) instanceof Entry x && x.gone());
        if (e instanceof Core.LocalRef r) return f.vars.get(r.var()) instanceof Entry x && !x.borrowOnly && x.state == State.OWNED;
        if (e instanceof Core.Call c) return knownProcedure(c.fn()) instanceof Core.Lambda l && returnsOwned.contains(l);
        if (e instanceof Core.Seq s) return producesOwned(s.body().get(s.body().size() - 1), f);
        if (e instanceof Core.Let l) return producesOwned(l.body(), f) || returnsOwnedBinding(l.vars(), l.body());
        if (e instanceof Core.Letrec l) return producesOwned(l.body(), f) || returnsOwnedBinding(l.vars(), l.body());
        if (e instanceof Core.If i) return producesOwned(i.then(), f) || producesOwned(i.otherwise(), f);
        return false;
    }

    private boolean returnsOwnedBinding(List<LocalVar> vars, Core body) {
        for (LocalVar v : vars) if (ownedVars.contains(v) && Returns.mayReturn(body, v)) return true;
        return false;
    }



    // ---------------------------------------------------------------- reporting

    private void note(Span at, String message) {
        if (!report || !reported.add(at.start() + ":" + message)) return;
        explain.accept(Diagnostics.ownershipNote(at, message));
    }

    private void error(Span at, String message, List<Diagnostic.Label> labels) { error(at, message, labels, List.of()); }

    private void error(Span at, String message, List<Diagnostic.Label> labels, List<String> notes) {
        if (!report || !reported.add(at.start() + ":" + message)) return;
        diags.add(Diagnostics.ownership(at, message, labels, notes));
    }
}
