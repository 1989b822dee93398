package org.eshkol.analysis.pass;

import java.util.HashMap;
import java.util.Map;
import org.eshkol.analysis.source.Span;

/**
 * The ownership state of every tracked binding at one program point, for {@link CheckOwnership}.
 * Keys are {@link org.eshkol.analysis.ir.LocalVar}s (compared by identity) or global names. A branch
 * works on a {@link #copy()}; {@code dead} marks a point no execution reaches (after {@code error}).
 */
final class OwnershipFlow {
    enum State { OWNED, BORROWED, MOVED, CONSUMED }

    /** One tracked binding. {@code borrowOnly} marks a binding borrowed but not owned (with-resource's). */
    static final class Entry {
        final String name;
        final Span origin;
        final String originLabel;
        final int depth;
        final boolean borrowOnly;
        final boolean exempt;
        State state;
        Span moved;
        Span borrowed;

        Entry(String name, Span origin, String originLabel, int depth, boolean borrowOnly, boolean exempt, State state) {
            this.name = name;
            this.origin = origin;
            this.originLabel = originLabel;
            this.depth = depth;
            this.borrowOnly = borrowOnly;
            this.exempt = exempt;
            this.state = state;
        }

        /** Moved or consumed: ownership has left this binding. */
        boolean gone() { return state == State.MOVED || state == State.CONSUMED; }

        Entry copy() {
            Entry e = new Entry(name, origin, originLabel, depth, borrowOnly, exempt, state);
            e.moved = moved;
            e.borrowed = borrowed;
            return e;
        }
    }

    final Map<Object, Entry> vars = new HashMap<>();
    boolean dead;

    OwnershipFlow copy() {
        OwnershipFlow f = new OwnershipFlow();
        for (Map.Entry<Object, Entry> e : vars.entrySet()) f.vars.put(e.getKey(), e.getValue().copy());
        f.dead = dead;
        return f;
    }

    /** Makes this flow the given one (after a join). */
    void become(OwnershipFlow other) {
        vars.clear();
        vars.putAll(other.vars);
        dead = other.dead;
    }
}
