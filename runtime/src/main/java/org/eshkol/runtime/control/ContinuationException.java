package org.eshkol.runtime.control;

/**
 * The Java exception that carries an escape to a {@link Continuation}'s {@code call/cc}. Stackless
 * (no stack trace, no suppression) and allocated once per continuation, so an escape costs about as
 * much as a return through the frames it skips. Only {@link ContinuationLib#callCC(Object)} catches
 * it; the engine must let it pass (it never reaches the top level: a continuation only throws while
 * its {@code call/cc} is on the stack).
 */
public final class ContinuationException extends RuntimeException {
    final Continuation target;
    /** The value(s) passed to the continuation: one value, or a {@code MultipleValues}. */
    Object result;

    ContinuationException(Continuation target) {
        super(null, null, false, false);
        this.target = target;
    }

    /** The continuation this escape returns to. */
    public Continuation target() { return target; }
}
