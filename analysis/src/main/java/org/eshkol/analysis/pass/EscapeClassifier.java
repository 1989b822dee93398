package org.eshkol.analysis.pass;

import java.util.BitSet;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.LocalVar;
import org.eshkol.analysis.pass.EscapeFacts.Alloc;
import org.eshkol.analysis.pass.EscapeFacts.Escape;
import org.eshkol.analysis.pass.EscapeFacts.Line;
import org.eshkol.analysis.pass.EscapeFacts.Promotion;
import org.eshkol.analysis.pass.EscapeGraph.Kind;
import org.eshkol.analysis.pass.EscapeGraph.Node;
import org.eshkol.analysis.pass.EscapeGraph.Obj;
import org.eshkol.analysis.source.Span;

/**
 * Turns the solved {@link EscapeGraph} into {@link EscapeFacts}. An object escapes its scope
 * {@code S} globally when it reaches the global sink; by closure when it is reachable from what
 * {@code S} returns through the captured variables of a closure; by return when it is otherwise
 * reachable from what {@code S} returns (directly or inside returned structures). A binding's
 * category is the highest of the categories, relative to the binding's scope, of the objects it
 * may hold, raised to {@code closure} when a closure that outlives the scope captures it.
 *
 * <p>A promotion (at a with-region exit, or at a store) is ruled out when nothing reachable from
 * the value can be an arena value in a region: arena sites allocated outside any region, sites
 * allocated in the parent of the exiting region, values of globals, and arguments that existed
 * before the region was entered.
 */
final class EscapeClassifier {
    private final EscapeGraphBuilder b;
    private final EscapeGraph g;
    private final EscapeIdSet global;
    private final EscapeFacts facts = new EscapeFacts(false);
    /** Per scope: [0] objects reachable from its return, [1] those reachable through a closure's captures. */
    private final Map<EscapeScope, BitSet[]> outs = new IdentityHashMap<>();
    private final Map<Obj, Escape> siteEscapes = new IdentityHashMap<>();
    private final EscapeReach reachability;

    EscapeClassifier(EscapeGraphBuilder b) {
        this.b = b;
        this.g = b.graph;
        this.global = g.global.pts;
        this.reachability = new EscapeReach(g.objects);
    }

    EscapeFacts classify() {
        sites();
        bindings();
        promotions();
        facts.lines.sort(Comparator.comparingInt((Line l) -> l.span().start()).thenComparing(l -> !l.binding()));
        facts.promotions.sort(Comparator.comparingInt(p -> p.span().start()));
        return facts;
    }

    // ---- categories ----

    private BitSet[] out(EscapeScope s) {
        return outs.computeIfAbsent(s, k -> {
            BitSet reached = reach(k.ret.pts);
            EscapeIdSet captures = new EscapeIdSet();
            reached.stream().forEach(id -> {
                Obj o = g.object(id);
                if (o.kind == Kind.CLOSURE) captures.or(o.contents.pts);
            });
            return new BitSet[] {reached, reach(captures)};
        });
    }

    /** Every object reachable from {@code start} through contents. */
    private BitSet reach(EscapeIdSet start) { return reachability.from(start); }

    /** The category of object {@code o} relative to scope {@code s}. */
    private Escape relative(Obj o, EscapeScope s) {
        if (global.get(o.id)) return Escape.GLOBAL;
        BitSet[] out = out(s);
        if (out[1].get(o.id)) return Escape.CLOSURE;
        return out[0].get(o.id) ? Escape.RETURN : Escape.NONE;
    }

    private Escape siteEscape(Obj o) { return siteEscapes.computeIfAbsent(o, k -> relative(k, k.scope)); }

    /** Where the code generator allocates a site. */
    private Alloc siteAlloc(Obj o) {
        if (!o.direct || o.scope == null) return Alloc.REGION;
        return switch (siteEscape(o)) {
            case NONE -> Alloc.REGION;
            case RETURN -> o.scope.region != null ? Alloc.CALLER_REGION : Alloc.REGION;
            case CLOSURE, GLOBAL -> Alloc.SHARED;
        };
    }

    /** The report's tier of a category. */
    private static Alloc tier(Escape e, boolean holdsAllocation) {
        return switch (e) {
            case NONE -> holdsAllocation ? Alloc.REGION : Alloc.STACK;
            case RETURN -> Alloc.CALLER_REGION;
            case CLOSURE, GLOBAL -> Alloc.SHARED;
        };
    }

    private boolean isAllocation(Obj o) {
        return o.kind.isSite() && !(o.kind == Kind.CLOSURE && o.node instanceof Core.Lambda l && b.loopLambdas.contains(l));
    }

    private void sites() {
        for (Obj o : g.objects) {
            if (!o.kind.isSite() || o.scope == null) continue;
            Escape e = siteEscape(o);
            if (o.kind == Kind.CLOSURE) {
                facts.siteEscapes.put(o.node, e);
                if (isAllocation(o) && !b.unlisted.contains(o.node)) facts.lines.add(new Line(o.node.span(), o.scope.name, e, tier(e, true), false));
            } else if (o.direct) {
                Core.Call call = (Core.Call) o.node;
                facts.siteEscapes.put(call, e);
                if (o.kind == Kind.ARENA) facts.allocs.put(call, siteAlloc(o)); // placement matters for arena values only
                facts.lines.add(new Line(call.span(), o.scope.name, e, tier(e, true), false));
            }
        }
    }

    private void bindings() {
        Map<LocalVar, Escape> captured = new IdentityHashMap<>();
        for (Obj c : g.objects) {
            if (c.kind != Kind.CLOSURE || !isAllocation(c)) continue;
            for (Core.Lambda l : b.clauses(c)) {
                for (LocalVar v : b.freeVariables(l)) {
                    EscapeScope home = b.varScopes.get(v);
                    if (home != null && (global.get(c.id) || out(home)[0].get(c.id))) captured.put(v, Escape.CLOSURE);
                }
            }
        }
        for (Map.Entry<LocalVar, EscapeScope> e : b.varScopes.entrySet()) {
            LocalVar v = e.getKey();
            Escape esc = captured.getOrDefault(v, Escape.NONE);
            boolean holds = false;
            EscapeIdSet pts = b.varNode(v).pts;
            for (int id = pts.nextSetBit(0); id >= 0; id = pts.nextSetBit(id + 1)) {
                Obj o = g.object(id);
                if (o.kind == Kind.BUILTIN || o.kind == Kind.RECORD_PROC || (o.kind.isSite() && !isAllocation(o))) continue;
                holds |= o.kind.isSite();
                esc = esc.max(relative(o, e.getValue()));
            }
            facts.varEscapes.put(v, esc);
            facts.lines.add(new Line(v.span(), v.name(), esc, tier(esc, holds), true));
        }
        for (Core.GlobalDefine d : b.defines) facts.lines.add(new Line(d.span(), d.name(), Escape.GLOBAL, Alloc.SHARED, true));
    }

    // ---- promotions ----

    private void promotions() {
        for (Map.Entry<Core.Call, EscapeScope> e : b.regions.entrySet()) {
            String why = reason(e.getValue().ret, e.getValue());
            if (why == null) facts.exitsWithoutPromotion.add(e.getKey());
            else facts.promotions.add(new Promotion(e.getKey().span(), "with-region exit: " + why));
        }
        store(b.globalStores);
        store(g.calls().stores);
        b.setterCandidates.forEach((call, fn) -> {
            if (facts.storesWithoutPromotion.contains(call) && onlyRecordSetters(fn)) facts.provenSetterCalls.add(call);
        });
    }

    /** True when {@code fn} can hold record setters made by {@code define-record-type} and nothing else. */
    private boolean onlyRecordSetters(Node fn) {
        if (fn.pts.isEmpty()) return false;
        for (int id = fn.pts.nextSetBit(0); id >= 0; id = fn.pts.nextSetBit(id + 1)) {
            Obj o = g.object(id);
            if (o.kind != Kind.RECORD_PROC || o.role != EscapeGraph.RecordRole.MODIFIER) return false;
        }
        return true;
    }

    private void store(Map<? extends Core, Node> stores) {
        for (Map.Entry<? extends Core, Node> e : stores.entrySet()) {
            String why = reason(e.getValue(), null);
            if (why == null) facts.storesWithoutPromotion.add(e.getKey());
            else facts.promotions.add(new Promotion(e.getKey().span(), "store: " + why));
        }
    }

    /** Why the value of {@code n} may hold an arena value of region {@code w} (any region when null), or null. */
    private String reason(Node n, EscapeScope w) {
        BitSet all = reach(n.pts);
        for (int id = all.nextSetBit(0); id >= 0; id = all.nextSetBit(id + 1)) {
            String why = reason(g.object(id), w, new BitSet());
            if (why != null) return why;
        }
        return null;
    }

    private String reason(Obj o, EscapeScope w, BitSet visiting) {
        return switch (o.kind) {
            case ARENA -> {
                Alloc a = siteAlloc(o);
                boolean safe = a == Alloc.SHARED || (a == Alloc.CALLER_REGION && w != null && o.scope == w);
                yield safe ? null : "may hold the value of " + o.builtin + " at " + at(o.node.span());
            }
            case UNKNOWN_RESULT -> "may hold the result of a call the analysis cannot see at " + at(o.node.span());
            case UNKNOWN_PARAM -> {
                EscapeScope home = b.lambdaScopes.get(o.lambda);
                boolean older = w != null && home != null && home.encloses(w);
                yield older ? null : "may hold parameter '" + o.param.name() + "' at " + at(o.param.span())
                        + ", passed by a caller the analysis cannot see";
            }
            case UNKNOWN_READ -> {
                if (visiting.get(o.id)) yield null;
                visiting.set(o.id);
                for (int id = o.readFrom.nextSetBit(0); id >= 0; id = o.readFrom.nextSetBit(id + 1)) {
                    if (reason(g.object(id), w, visiting) != null) {
                        yield "may hold a value read at " + at(o.node.span()) + " from an object the analysis cannot see";
                    }
                }
                yield null;
            }
            case HEAP, RECORD, CLOSURE, REST_LIST, BUILTIN, RECORD_PROC, UNKNOWN_GLOBAL -> null;
        };
    }

    private static String at(Span s) { return s.line() + ":" + s.column(); }
}
