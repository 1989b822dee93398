package org.eshkol.bench;

/**
 * One way of running the benchmark programs: Eshkol, Kawa or plain Java. {@link #load} does all
 * the one-time work (reading, compiling, defining); the returned {@link Loaded} only runs.
 */
public interface Implementation {
    /** The name used as a column header. */
    String name();

    /** Compiles and defines the program; throws if it cannot. */
    Loaded load(Program program) throws Exception;

    /** A program ready to run repeatedly. */
    interface Loaded {
        /** Calls the program's {@code run} once and returns its result. */
        Object run() throws Throwable;

        /** The result as Scheme's {@code write} prints it (whitespace may differ). */
        String show(Object result);
    }
}
