package org.eshkol.runtime.control;

import org.eshkol.runtime.Procedure;

/**
 * A promise ({@code delay}, {@code delay-force}, {@code make-promise}). Its state lives in a
 * {@link State} box that promises of one {@code delay-force} chain come to share, as in the R7RS
 * reference implementation: that is what lets {@link #force()} run a chain of any length in constant
 * stack and memory. Forcing is re-entrant: if the thunk forces the same promise, the first value to
 * be computed wins.
 */
public final class Promise extends org.eshkol.runtime.Value {
    /** The shared box: the value once done, else the thunk still to run. */
    static final class State {
        boolean done;
        /** True when the thunk returns a promise to chain to ({@code delay-force}). */
        boolean chains;
        Object value;

        State(boolean done, boolean chains, Object value) {
            this.done = done;
            this.chains = chains;
            this.value = value;
        }
    }

    private State state;

    private Promise(State state) { this.state = state; }

    /** {@code (delay expr)}: {@code thunk} computes the value. */
    public static Promise delay(Procedure thunk) { return new Promise(new State(false, false, thunk)); }

    /** {@code (delay-force expr)}: {@code thunk} computes a promise whose value becomes this one's. */
    public static Promise delayForce(Procedure thunk) { return new Promise(new State(false, true, thunk)); }

    /** An already forced promise holding {@code value}. */
    public static Promise ready(Object value) { return new Promise(new State(true, false, value)); }

    public boolean isDone() { return state.done; }

    /**
     * What the promise holds: its value once forced, else the thunk still to run. Region promotion
     * and the shared-value walks see it through {@link org.eshkol.runtime.Children}.
     */
    public Object content() { return state.value; }

    /** The value, running the thunk (and the chain of promises it leads to) when not yet forced. */
    public Object force() {
        while (true) {
            State s = state;
            if (s.done) return s.value;
            Object r = ((Procedure) s.value).call0();
            if (s.done) continue; // forced re-entrantly by the thunk: the first value wins
            if (s.chains && r instanceof Promise next) adopt(s, next);
            else {
                s.done = true;
                s.value = r;
            }
        }
    }

    /** Makes {@code s} take over {@code next}'s state, and {@code next} share {@code s}. */
    private static void adopt(State s, Promise next) {
        State n = next.state;
        s.done = n.done;
        s.chains = n.chains;
        s.value = n.value;
        next.state = s;
    }

    @Override
    public String toString() { return "#<promise>"; }
}
