package org.eshkol.runtime.control;

import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MultipleValues;
import org.eshkol.runtime.Procedure;

/**
 * An escape-only continuation, made by {@code call/cc}. Calling it with any number of values while
 * its {@code call/cc} is still running (on this thread) makes that {@code call/cc} return those
 * values; {@code dynamic-wind} after thunks, handler and parameter restores run on the way out.
 * Once the {@code call/cc} has returned or been escaped past, calling it raises the catchable error
 * {@code continuation re-entered after its extent ended: ...} (full re-entry is not supported).
 */
public final class Continuation extends Procedure {
    private static final Object[] NO_VALUES = new Object[0];

    private final Thread owner = Thread.currentThread();
    private boolean active = true;
    private ContinuationException escape;

    Continuation() {}

    /** Whether calling it now would escape (its {@code call/cc} is running); false once it ended. */
    public boolean isActive() { return active; }

    /** Called by {@code call/cc} when its extent ends. */
    void end() { active = false; }

    @Override
    public String name() { return "continuation"; }

    @Override
    public Object apply0() { throw escapeWith(new MultipleValues(NO_VALUES)); }

    @Override
    public Object apply1(Object a) { throw escapeWith(a); }

    @Override
    public Object applyN(Object[] args) {
        throw escapeWith(args.length == 1 ? args[0] : new MultipleValues(args));
    }

    private RuntimeException escapeWith(Object result) {
        if (!active || owner != Thread.currentThread()) return Errors.continuationReentered();
        ContinuationException e = escape;
        if (e == null) escape = e = new ContinuationException(this);
        e.result = result;
        return e;
    }
}
