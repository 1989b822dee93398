package org.eshkol.runtime;

/**
 * Every callable value: compiled lambdas, builtins, continuations, parameters, record procedures.
 *
 * <p><b>Two kinds of entry.</b> {@code applyK}/{@code applyN} are the <em>tail</em> entries: they may
 * return a {@link TailCall} instead of a value, which the caller must either return in turn (when it
 * is itself in tail position) or run with {@link TailCall#force(Object)}. {@code callK} are the
 * <em>full</em> entries: they always return a value. Java code (builtins, the engine, embedders)
 * calls {@code callK}; generated code calls {@code applyK} in tail position and {@code callK}
 * elsewhere. Fixed-arity entries exist so that a call does not allocate an argument array.
 *
 * <p>Subclasses must override {@link #applyN(Object[])}; they override the fixed entries that match
 * their arity for speed. The default fixed entries pack their arguments and call {@code applyN}.
 */
public abstract class Procedure extends Value {

    private static final Object[] NOTHING_CAPTURED = {};

    /**
     * The values this procedure holds (a compiled closure's captured variables, boxes included), for
     * region promotion: a closure that escapes its region takes the arena values it captured along.
     */
    public Object[] capturedValues() { return NOTHING_CAPTURED; }

    /** The name used in backtraces, error messages and {@code write}; may be null. */
    public String name() { return null; }

    public Object apply0() { return applyN(new Object[0]); }

    public Object apply1(Object a) { return applyN(new Object[] {a}); }

    public Object apply2(Object a, Object b) { return applyN(new Object[] {a, b}); }

    public Object apply3(Object a, Object b, Object c) { return applyN(new Object[] {a, b, c}); }

    public Object apply4(Object a, Object b, Object c, Object d) { return applyN(new Object[] {a, b, c, d}); }

    /** The general tail entry: any number of arguments. The array is owned by the callee. */
    public abstract Object applyN(Object[] args);

    public final Object call0() {
        Object r = apply0();
        return r instanceof TailCall ? TailCall.force(r) : r;
    }

    public final Object call1(Object a) {
        Object r = apply1(a);
        return r instanceof TailCall ? TailCall.force(r) : r;
    }

    public final Object call2(Object a, Object b) {
        Object r = apply2(a, b);
        return r instanceof TailCall ? TailCall.force(r) : r;
    }

    public final Object call3(Object a, Object b, Object c) {
        Object r = apply3(a, b, c);
        return r instanceof TailCall ? TailCall.force(r) : r;
    }

    public final Object call4(Object a, Object b, Object c, Object d) {
        Object r = apply4(a, b, c, d);
        return r instanceof TailCall ? TailCall.force(r) : r;
    }

    public final Object callN(Object[] args) {
        Object r = applyN(args);
        return r instanceof TailCall ? TailCall.force(r) : r;
    }

    /** Calls with an argument array of any length, choosing the fixed entry when there is one. */
    public final Object callArgs(Object... args) {
        Object r = switch (args.length) {
            case 0 -> apply0();
            case 1 -> apply1(args[0]);
            case 2 -> apply2(args[0], args[1]);
            case 3 -> apply3(args[0], args[1], args[2]);
            case 4 -> apply4(args[0], args[1], args[2], args[3]);
            default -> applyN(args);
        };
        return r instanceof TailCall ? TailCall.force(r) : r;
    }

    @Override
    public String toString() {
        String n = name();
        return n == null ? "#<procedure>" : "#<procedure " + n + ">";
    }
}
