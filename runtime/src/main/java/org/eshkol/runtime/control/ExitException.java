package org.eshkol.runtime.control;

/**
 * Thrown by {@code exit} and {@code emergency-exit} to end the program; the engine catches it at the
 * top level and exits with {@link #code()}. It travels up like any other exception, so outstanding
 * {@code dynamic-wind} after thunks run on its way out, except for an {@link #isEmergency() emergency}
 * exit, which skips them. It is control flow, not a failure; its stack trace gives the position of
 * the call when a sandbox turns the exit into a failure of the evaluation.
 */
public final class ExitException extends RuntimeException {
    private final int code;
    private final boolean emergency;

    public ExitException(int code, boolean emergency) {
        super(null, null, false, true); // the stack names the script position of the exit (rare: its cost does not matter)
        this.code = code;
        this.emergency = emergency;
    }

    /** The process exit status. */
    public int code() { return code; }

    /** True for {@code emergency-exit}: dynamic-wind after thunks do not run. */
    public boolean isEmergency() { return emergency; }

    @Override
    public String getMessage() { return (emergency ? "emergency-exit " : "exit ") + code; }
}
