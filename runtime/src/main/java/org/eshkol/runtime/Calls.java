package org.eshkol.runtime;

/**
 * Small helpers that compiled code calls on every procedure call or entry. Each is tiny so that it
 * inlines; error paths are separate methods.
 */
public final class Calls {
    private Calls() {}

    /** The value as a procedure, or a "not a procedure" error. */
    public static Procedure asProcedure(Object v) {
        if (v instanceof Procedure p) return p;
        throw Errors.notProcedure(v);
    }

    /** A fresh list of {@code args[from..]}: the rest parameter of a procedure. */
    public static Object restList(Object[] args, int from) {
        Object list = Nil.NIL;
        for (int i = args.length - 1; i >= from; i--) list = new Pair(args[i], list);
        return list;
    }

    /** The error for a call with the wrong number of arguments. */
    public static SchemeError arity(String name, int required, boolean rest, int given) {
        return Errors.arity(name, rest ? "at least " + required : Integer.toString(required), given);
    }

    /**
     * The interruption check at loop back-edges and trampoline steps: one read of the current
     * thread's interrupt flag. Clears the flag and stops the script when it is set.
     */
    public static void poll() {
        if (Thread.currentThread().isInterrupted()) throw interrupted();
    }

    private static EvaluationInterrupted interrupted() {
        Thread.interrupted();
        return new EvaluationInterrupted();
    }

    /** R7RS truth: everything but {@code #f} is true. */
    public static boolean isTrue(Object v) { return v != Boolean.FALSE; }

    /** Converts a Java boolean to the canonical Scheme boolean. */
    public static Object bool(boolean b) { return b ? Boolean.TRUE : Boolean.FALSE; }

    /** The value of a {@code letrec} variable read before its initialisation finished. */
    public static Object checkInitialized(Object v, String name) {
        if (v == null) throw Errors.error(name + ": variable used before its definition");
        return v;
    }
}
