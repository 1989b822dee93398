package org.eshkol.runtime;

/**
 * A raised Scheme object travelling up the Java stack because no handler took it. Its payload is the
 * object given to {@code raise} (an {@link ErrorObject} for errors). The Java stack trace is kept:
 * the engine turns its script frames into the Eshkol backtrace.
 */
public final class SchemeError extends RuntimeException {
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    /** Generated script classes live in this package (the engine's code generator names them so). */
    private static final String SCRIPT_PACKAGE = "esk.";

    private final transient Object payload;
    private final boolean continuable;
    private final transient StackWalker.StackFrame origin;

    public SchemeError(Object payload, boolean continuable) {
        super(null, null, false, true);
        this.payload = payload;
        this.continuable = continuable;
        this.origin = WALKER.walk(frames -> frames
                .filter(f -> f.getClassName().startsWith(SCRIPT_PACKAGE))
                .findFirst().orElse(null));
    }

    /**
     * The innermost script frame when the error was raised (class, method and bytecode offset, from
     * which the engine finds the source column), or null when no script code was on the stack.
     */
    public StackWalker.StackFrame origin() { return origin; }

    public Object payload() { return payload; }

    public boolean isContinuable() { return continuable; }

    /** The error message: an error object's message and irritants, or the written payload. */
    @Override
    public String getMessage() { return Errors.describe(payload); }
}
