package org.eshkol.engine;

import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.CoreNodes;

/** Finds the globals a form defines or assigns, anywhere inside it. */
final class DefinedGlobals {
    private DefinedGlobals() {}

    /** Marks them user-defined in {@code out}. */
    static void collect(Core node, GlobalEnvironment out) {
        if (node instanceof Core.GlobalSet s) out.markUserDefined(s.name());
        if (node instanceof Core.GlobalDefine d) out.markUserDefined(d.name());
        for (Core child : CoreNodes.children(node)) collect(child, out);
    }
}
