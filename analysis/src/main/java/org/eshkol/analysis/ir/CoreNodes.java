package org.eshkol.analysis.ir;

import java.util.ArrayList;
import java.util.List;

/** Generic access to the structure of core IR nodes, for passes that visit every node alike. */
public final class CoreNodes {
    private CoreNodes() {}

    /** The direct sub-expressions of a node, in evaluation order (a lambda's body; a case-lambda's clauses). */
    public static List<Core> children(Core node) {
        return switch (node) {
            case Core.Const c -> List.of();
            case Core.Unspecified u -> List.of();
            case Core.LocalRef r -> List.of();
            case Core.GlobalRef g -> List.of();
            case Core.PrimRef p -> List.of();
            case Core.LocalSet s -> List.of(s.value());
            case Core.GlobalSet s -> List.of(s.value());
            case Core.GlobalDefine d -> List.of(d.value());
            case Core.If i -> List.of(i.test(), i.then(), i.otherwise());
            case Core.Lambda l -> List.of(l.body());
            case Core.CaseLambda cl -> List.copyOf(cl.clauses());
            case Core.Call c -> prepend(c.fn(), c.args());
            case Core.Seq s -> s.body();
            case Core.Let l -> append(l.inits(), l.body());
            case Core.Letrec l -> append(l.inits(), l.body());
            case Core.Owned o -> List.of(o.value());
            case Core.Move m -> List.of(m.target());
            case Core.Consume c -> List.of(c.target());
            case Core.Borrow b -> List.of(b.target(), b.body());
        };
    }

    private static List<Core> prepend(Core first, List<Core> rest) {
        List<Core> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }

    private static List<Core> append(List<Core> first, Core last) {
        List<Core> out = new ArrayList<>(first);
        out.add(last);
        return out;
    }
}
