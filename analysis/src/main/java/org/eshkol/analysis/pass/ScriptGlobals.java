package org.eshkol.analysis.pass;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.CoreNodes;

/**
 * The globals a script defines or assigns, and its known top-level procedures: those defined once
 * with a lambda and never assigned, whose calls an interprocedural pass may follow. A global the
 * script does not define names a builtin (or something the analysis cannot see).
 */
record ScriptGlobals(Set<String> user, Map<String, Core.Lambda> procedures) {
    static ScriptGlobals of(List<Core> forms) {
        Set<String> user = new HashSet<>();
        Map<String, Integer> defines = new HashMap<>();
        for (Core f : forms) collect(f, user, defines);
        Map<String, Core.Lambda> procedures = new HashMap<>();
        for (Core f : forms) {
            if (f instanceof Core.GlobalDefine d && d.value() instanceof Core.Lambda l && defines.get(d.name()) == 1) {
                procedures.put(d.name(), l);
            }
        }
        return new ScriptGlobals(user, procedures);
    }

    private static void collect(Core node, Set<String> user, Map<String, Integer> defines) {
        if (node instanceof Core.GlobalDefine d) {
            user.add(d.name());
            defines.merge(d.name(), 1, Integer::sum);
        } else if (node instanceof Core.GlobalSet s) {
            user.add(s.name());
            defines.merge(s.name(), 2, Integer::sum);
        }
        for (Core child : CoreNodes.children(node)) collect(child, user, defines);
    }
}
