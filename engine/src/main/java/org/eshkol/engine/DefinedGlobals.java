package org.eshkol.engine;

import java.util.function.Consumer;
import org.eshkol.analysis.ir.Core;

/** Finds the globals a form defines or assigns, anywhere inside it. */
final class DefinedGlobals {
    private DefinedGlobals() {}

    static void collect(Core node, Consumer<String> out) {
        switch (node) {
            case Core.Const c -> {}
            case Core.Unspecified u -> {}
            case Core.LocalRef r -> {}
            case Core.GlobalRef g -> {}
            case Core.PrimRef p -> {}
            case Core.LocalSet s -> collect(s.value(), out);
            case Core.GlobalSet s -> {
                out.accept(s.name());
                collect(s.value(), out);
            }
            case Core.GlobalDefine d -> {
                out.accept(d.name());
                collect(d.value(), out);
            }
            case Core.If i -> {
                collect(i.test(), out);
                collect(i.then(), out);
                collect(i.otherwise(), out);
            }
            case Core.Lambda l -> collect(l.body(), out);
            case Core.CaseLambda cl -> cl.clauses().forEach(l -> collect(l, out));
            case Core.Call c -> {
                collect(c.fn(), out);
                c.args().forEach(a -> collect(a, out));
            }
            case Core.Seq s -> s.body().forEach(e -> collect(e, out));
            case Core.Let l -> {
                l.inits().forEach(e -> collect(e, out));
                collect(l.body(), out);
            }
            case Core.Letrec l -> {
                l.inits().forEach(e -> collect(e, out));
                collect(l.body(), out);
            }
        }
    }
}
