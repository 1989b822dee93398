package org.eshkol.bench;

/**
 * What happened to one program in one implementation: the written result (or the failure) of the
 * checking run, whether it agrees with the reference, and the timing when it was measured.
 */
public record Outcome(String implementation, String result, String failure, boolean agrees, Stopwatch.Timing timing) {
    public static Outcome failed(String implementation, Throwable t) {
        return new Outcome(implementation, null, describe(t), false, null);
    }

    /** The outcome with a timing added. */
    public Outcome timed(Stopwatch.Timing t) {
        return new Outcome(implementation, result, failure, agrees, t);
    }

    /** A short text for a table cell when there is no timing. */
    public String problem() {
        if (failure != null) return "error: " + failure;
        if (!agrees) return "wrong result: " + result;
        return "";
    }

    static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }

    /** Scheme {@code write} output with runs of white space made single spaces (Kawa breaks long lines). */
    static String normalise(String written) {
        return written.strip().replaceAll("\\s+", " ");
    }
}
