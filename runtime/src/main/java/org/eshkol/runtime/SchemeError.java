package org.eshkol.runtime;

/**
 * A raised Scheme object travelling up the Java stack because no handler took it. Its payload is the
 * object given to {@code raise} (an {@link ErrorObject} for errors). The Java stack trace is kept:
 * the engine turns its script frames into the Eshkol backtrace.
 */
public final class SchemeError extends RuntimeException {
    private final transient Object payload;
    private final boolean continuable;

    public SchemeError(Object payload, boolean continuable) {
        super(null, null, false, true);
        this.payload = payload;
        this.continuable = continuable;
    }

    public Object payload() { return payload; }

    public boolean isContinuable() { return continuable; }

    /** The error message: an error object's message and irritants, or the written payload. */
    @Override
    public String getMessage() { return Errors.describe(payload); }
}
