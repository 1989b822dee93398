package org.eshkol.engine;

import java.util.function.Consumer;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.CoreNodes;

/** Finds the globals a form defines or assigns, anywhere inside it. */
final class DefinedGlobals {
    private DefinedGlobals() {}

    static void collect(Core node, Consumer<String> out) {
        if (node instanceof Core.GlobalSet s) out.accept(s.name());
        if (node instanceof Core.GlobalDefine d) out.accept(d.name());
        for (Core child : CoreNodes.children(node)) collect(child, out);
    }
}
