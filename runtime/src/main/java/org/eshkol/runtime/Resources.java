package org.eshkol.runtime;

/**
 * The run-time guards of owned resources: closing, with the error for a second close, and the
 * error for using a closed one. Message formats: {@code close: resource file "x.txt" is already
 * closed}, {@code read-line: resource file "x.txt" is closed}.
 */
public final class Resources {
    private Resources() {}

    /** Closes {@code r} on behalf of {@code who}; raises when it was already closed. */
    public static void close(String who, Resource r) {
        if (r.isClosed()) throw alreadyClosed(who, r);
        r.close();
    }

    /** The error for using {@code r} after it was closed. */
    public static SchemeError closedError(String who, Resource r) {
        return Errors.error(who + ": resource " + r.describe() + " is closed");
    }

    private static SchemeError alreadyClosed(String who, Resource r) {
        return Errors.error(who + ": resource " + r.describe() + " is already closed");
    }
}
