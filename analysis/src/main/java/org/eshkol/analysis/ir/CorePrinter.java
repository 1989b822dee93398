package org.eshkol.analysis.ir;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eshkol.analysis.read.Datum;

/**
 * Prints core IR as S-expression text for {@code --trace} and tests: {@code (lambda f (x.3) (if
 * ...))}. A lexical variable prints as {@code name.id}; a builtin reference as {@code #%name};
 * quoted symbols and lists with a leading quote; the unspecified value as {@code #<unspecified>}.
 * Formals print as a list, a rest parameter after a dot ({@code (a.1 . r.2)}, {@code (. r.2)}).
 */
public final class CorePrinter {
    private final StringBuilder out = new StringBuilder();
    private final Map<LocalVar, Integer> stableIds;

    private CorePrinter(boolean stable) { this.stableIds = stable ? new IdentityHashMap<>() : null; }

    /** Prints with each variable's JVM-unique id. */
    public static String print(Core c) {
        CorePrinter p = new CorePrinter(false);
        p.core(c);
        return p.out.toString();
    }

    /** Prints numbering variables 1, 2, ... by first appearance, so output is reproducible. */
    public static String printStable(Core c) {
        CorePrinter p = new CorePrinter(true);
        p.core(c);
        return p.out.toString();
    }

    /** Writes a datum in {@code write} notation. */
    public static String writeDatum(Datum d) {
        StringBuilder sb = new StringBuilder();
        org.eshkol.analysis.read.DatumPrinter.print(d, sb);
        return sb.toString();
    }

    private void var(LocalVar v) {
        int id = stableIds == null ? v.id() : stableIds.computeIfAbsent(v, k -> stableIds.size() + 1);
        out.append(v.name()).append('.').append(id);
    }

    private void core(Core c) {
        switch (c) {
            case Core.Const k -> {
                if (k.value() instanceof Datum.Sym || k.value() instanceof Datum.ListD) out.append('\'');
                org.eshkol.analysis.read.DatumPrinter.print(k.value(), out);
            }
            case Core.Unspecified u -> out.append("#<unspecified>");
            case Core.LocalRef r -> var(r.var());
            case Core.GlobalRef g -> out.append(g.name());
            case Core.PrimRef p -> out.append("#%").append(p.name());
            case Core.LocalSet s -> { out.append("(set! "); var(s.var()); out.append(' '); core(s.value()); out.append(')'); }
            case Core.GlobalSet s -> { out.append("(set! ").append(s.name()).append(' '); core(s.value()); out.append(')'); }
            case Core.GlobalDefine d -> { out.append("(define ").append(d.name()).append(' '); core(d.value()); out.append(')'); }
            case Core.If i -> { out.append("(if "); core(i.test()); out.append(' '); core(i.then()); out.append(' '); core(i.otherwise()); out.append(')'); }
            case Core.Lambda l -> { out.append("(lambda "); lambdaTail(l); }
            case Core.CaseLambda cl -> {
                out.append("(case-lambda");
                if (cl.name() != null) out.append(' ').append(cl.name());
                for (Core.Lambda l : cl.clauses()) {
                    out.append(" (");
                    formals(l);
                    out.append(' ');
                    core(l.body());
                    out.append(')');
                }
                out.append(')');
            }
            case Core.Call call -> {
                out.append('(');
                core(call.fn());
                for (Core a : call.args()) { out.append(' '); core(a); }
                out.append(')');
            }
            case Core.Seq s -> { out.append("(begin"); for (Core b : s.body()) { out.append(' '); core(b); } out.append(')'); }
            case Core.Let l -> bindings("let", l.vars(), l.inits(), l.body());
            case Core.Letrec l -> bindings("letrec", l.vars(), l.inits(), l.body());
            case Core.Owned o -> { out.append("(owned "); core(o.value()); out.append(')'); }
            case Core.Move m -> { out.append("(move "); core(m.target()); out.append(')'); }
            case Core.Consume k -> { out.append("(consume "); core(k.target()); out.append(')'); }
            case Core.Borrow b -> { out.append("(borrow "); core(b.target()); out.append(' '); core(b.body()); out.append(')'); }
        }
    }

    private void lambdaTail(Core.Lambda l) {
        if (l.name() != null) out.append(l.name()).append(' ');
        formals(l);
        out.append(' ');
        core(l.body());
        out.append(')');
    }

    private void formals(Core.Lambda l) {
        out.append('(');
        for (int i = 0; i < l.params().size(); i++) {
            if (i > 0) out.append(' ');
            var(l.params().get(i));
        }
        if (l.rest() != null) {
            out.append(l.params().isEmpty() ? ". " : " . ");
            var(l.rest());
        }
        out.append(')');
    }

    private void bindings(String head, List<LocalVar> vars, List<Core> inits, Core body) {
        out.append('(').append(head).append(" (");
        for (int i = 0; i < vars.size(); i++) {
            if (i > 0) out.append(' ');
            out.append('(');
            var(vars.get(i));
            out.append(' ');
            core(inits.get(i));
            out.append(')');
        }
        out.append(") ");
        core(body);
        out.append(')');
    }
}
