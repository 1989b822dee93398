package org.eshkol.analysis.pass;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eshkol.analysis.pass.OwnershipFlow.Entry;
import org.eshkol.analysis.source.Span;

/**
 * What {@link CheckOwnership} remembers between the programs of one session (the inputs of a REPL):
 * the owned top-level variables with their state (so {@code (close f)} in one input and
 * {@code (read-line f)} in the next is a use after move, reported before the second input runs), and
 * which owned globals each global procedure uses or consumes. Only a program that passed the check
 * updates it.
 */
public final class OwnershipMemory {
    final Map<String, Entry> globals = new HashMap<>();
    final Map<String, List<GlobalEffects.Effect>> procedures = new HashMap<>();

    /** The names of the owned top-level variables known so far, for tests and tracing. */
    public java.util.Set<String> ownedGlobals() { return java.util.Set.copyOf(globals.keySet()); }

    /** Whether {@code name} is known as an owned global that has been moved or consumed. */
    public boolean isGone(String name) {
        Entry e = globals.get(name);
        return e != null && e.gone();
    }

    void remember(String name, Entry e) { globals.put(name, e.copy()); }

    void forget(String name) {
        globals.remove(name);
        procedures.remove(name);
    }

    Span origin(String name) {
        Entry e = globals.get(name);
        return e == null ? null : e.origin;
    }
}
