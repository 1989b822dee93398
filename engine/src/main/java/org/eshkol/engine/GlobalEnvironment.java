package org.eshkol.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eshkol.engine.builtins.BuiltinInfo;
import org.eshkol.engine.builtins.BuiltinRegistry;
import org.eshkol.runtime.Global;
import org.eshkol.runtime.Symbol;

/**
 * The global variables of one engine: a cell per name. Builtins start bound to their procedures.
 * A name the scripts define or assign is recorded as user-defined: from then on compiled calls to it
 * go through its cell instead of straight to the builtin's Java method.
 */
public final class GlobalEnvironment {
    private final ConcurrentHashMap<String, Global> cells = new ConcurrentHashMap<>();
    private final Set<String> userDefined = ConcurrentHashMap.newKeySet();
    private final BuiltinRegistry builtins;

    /** A new environment; cells are made on first use, builtins bound to their shared procedures. */
    public GlobalEnvironment(BuiltinRegistry builtins) {
        this.builtins = builtins;
    }

    public BuiltinRegistry builtins() { return builtins; }

    /** The cell of a global, created unbound when new. */
    public Global cell(String name) {
        Global g = cells.get(name);
        if (g != null) return g;
        g = newCell(name);
        Global raced = cells.putIfAbsent(name, g);
        return raced != null ? raced : g;
    }

    private Global newCell(String name) {
        Global g = new Global(Symbol.intern(name));
        Object initial = builtins.initialValue(name);
        if (initial != null) g.value = initial;
        return g;
    }

    /** The cells of the given globals, in order: what a compiled program runs against. */
    public Global[] link(String[] names) {
        Global[] out = new Global[names.length];
        for (int i = 0; i < names.length; i++) out[i] = cell(names[i]);
        return out;
    }

    /** The cell if the global exists (was used, or is a builtin), else null. */
    public Global find(String name) {
        Global g = cells.get(name);
        return g != null || builtins.initialValue(name) == null ? g : cell(name);
    }

    public void markUserDefined(String name) { userDefined.add(name); }

    /** Whether scripts compiled by this engine define or assign the global. */
    public boolean isUserDefined(String name) { return userDefined.contains(name); }

    /**
     * The builtin a call to global {@code name} may bind to directly, or null when the name is no
     * builtin, the scripts have (re)defined it, or it is internal: names starting with {@code %} are
     * the compiler's primitives ({@code %with-region-unpromoted}, {@code %vector-set!/proven}, ...),
     * reached only through the {@code PrimRef}s the expander and code generator make, never by a
     * name a script writes (as a global it is an ordinary, unbound variable).
     */
    public BuiltinInfo directBuiltin(String name) {
        if (userDefined.contains(name) || isInternal(name)) return null;
        return builtins.get(name);
    }

    /**
     * Like {@link #directBuiltin} but for a use of the name as a value: null also when the global's
     * builtin value is an object other than the procedure (a parameter object, say).
     */
    public BuiltinInfo directBuiltinValue(String name) {
        if (builtins.isValue(name)) return null;
        return directBuiltin(name);
    }

    /** Whether {@code name} is reserved for the compiler's internal primitives. */
    public static boolean isInternal(String name) { return name.startsWith("%"); }

    /** The names of the cells made so far (used globals and defined ones). */
    public Iterable<String> names() { return cells.keySet(); }
}
