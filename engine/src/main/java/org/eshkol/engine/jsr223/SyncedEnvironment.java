package org.eshkol.engine.jsr223;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import javax.script.Bindings;
import org.eshkol.engine.GlobalEnvironment;
import org.eshkol.engine.interop.JavaValues;
import org.eshkol.runtime.Global;

/**
 * A global environment kept in step with a foreign {@link Bindings}: before an evaluation each entry
 * is copied in as a global (converted with {@link JavaValues#toScheme}); after it, every global the
 * script bound or changed is copied out (converted with {@link JavaValues#toJava}). A value that went
 * out and comes back unchanged keeps its Eshkol identity (a mutable string stays the same string).
 * Entries Java removed are unbound. Synchronise on the instance around an evaluation.
 */
final class SyncedEnvironment {
    final GlobalEnvironment env;
    /** Per name: {java value, eshkol value} as last exchanged. */
    private final Map<String, Object[]> exchanged = new HashMap<>();

    private final java.util.function.Consumer<String> onPut;

    SyncedEnvironment(GlobalEnvironment env, java.util.function.Consumer<String> onPut) {
        this.env = env;
        this.onPut = onPut;
    }

    void syncIn(Bindings b) {
        for (Iterator<Map.Entry<String, Object[]>> it = exchanged.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Object[]> e = it.next();
            if (!b.containsKey(e.getKey())) {
                Global g = env.cell(e.getKey());
                Object initial = env.builtins().initialValue(e.getKey());
                if (initial != null) g.value = initial;
                else g.unbind();
                it.remove();
            }
        }
        for (Map.Entry<String, Object> e : b.entrySet()) {
            String name = e.getKey();
            if (EngineControl.isControl(name)) continue; // never a global: scripts must not see or change it
            Object java = e.getValue();
            Object[] last = exchanged.get(name);
            Global g = env.cell(name);
            if (last != null && last[0] == java) {
                if (g.value != last[1]) g.value = last[1];
                continue;
            }
            Object scheme = JavaValues.toScheme(java);
            g.value = scheme;
            exchanged.put(name, new Object[] {java, scheme});
            onPut.accept(name);
        }
    }

    /**
     * A global taken from another scope (GLOBAL_SCOPE) for this evaluation: not copied out unless
     * the script changes it, and unbound again before the next one (which takes it afresh).
     */
    void borrowed(String name, Object java, Object scheme) { exchanged.put(name, new Object[] {java, scheme}); }

    void syncOut(Bindings b) {
        for (String name : env.names()) {
            if (EngineControl.isControl(name)) continue; // a script's global of that name must not become the attribute
            Global g = env.find(name);
            if (g == null || !g.isBound()) continue;
            Object v = g.value;
            if (v instanceof CommandLineProcedure) continue;
            Object[] last = exchanged.get(name);
            if (last != null ? last[1] == v && !mutated(last) : v == env.builtins().initialValue(name)) continue;
            Object java = JavaValues.toJava(v);
            b.put(name, java);
            exchanged.put(name, new Object[] {java, v});
        }
    }

    /** A mutable string whose Java image (a copy) no longer matches it. */
    private static boolean mutated(Object[] last) {
        return last[1] instanceof org.eshkol.runtime.MString s && last[0] instanceof String j && !j.contentEquals(s.builder());
    }
}
