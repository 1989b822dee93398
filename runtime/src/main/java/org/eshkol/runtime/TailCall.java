package org.eshkol.runtime;

/**
 * A pending call, returned instead of a value by a tail entry ({@code applyK}) so that a tail call
 * does not grow the Java stack. Never a Scheme value: every full entry ({@code callK}) and every
 * non-tail call site runs it with {@link #force(Object)} before the value is used.
 */
public final class TailCall {
    private final Procedure proc;
    private final int count;
    private final Object a;
    private final Object b;
    private final Object c;
    private final Object d;
    private final Object[] args;

    private TailCall(Procedure proc, int count, Object a, Object b, Object c, Object d, Object[] args) {
        this.proc = proc;
        this.count = count;
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
        this.args = args;
    }

    public static TailCall of0(Procedure p) { return new TailCall(p, 0, null, null, null, null, null); }

    public static TailCall of1(Procedure p, Object a) { return new TailCall(p, 1, a, null, null, null, null); }

    public static TailCall of2(Procedure p, Object a, Object b) { return new TailCall(p, 2, a, b, null, null, null); }

    public static TailCall of3(Procedure p, Object a, Object b, Object c) { return new TailCall(p, 3, a, b, c, null, null); }

    public static TailCall of4(Procedure p, Object a, Object b, Object c, Object d) {
        return new TailCall(p, 4, a, b, c, d, null);
    }

    /** A pending call with an argument array (owned by the callee from now on). */
    public static TailCall ofN(Procedure p, Object[] args) { return new TailCall(p, -1, null, null, null, null, args); }

    /** A pending call with any argument array, using the fixed entry when there is one. */
    public static TailCall ofArgs(Procedure p, Object[] args) {
        return switch (args.length) {
            case 0 -> of0(p);
            case 1 -> of1(p, args[0]);
            case 2 -> of2(p, args[0], args[1]);
            case 3 -> of3(p, args[0], args[1], args[2]);
            case 4 -> of4(p, args[0], args[1], args[2], args[3]);
            default -> ofN(p, args);
        };
    }

    public Procedure procedure() { return proc; }

    /** Makes the pending call once; the result may itself be another {@code TailCall}. */
    public Object step() {
        return switch (count) {
            case 0 -> proc.apply0();
            case 1 -> proc.apply1(a);
            case 2 -> proc.apply2(a, b);
            case 3 -> proc.apply3(a, b, c);
            case 4 -> proc.apply4(a, b, c, d);
            default -> proc.applyN(args);
        };
    }

    /** Runs pending calls until a value comes back; returns any other object unchanged. */
    public static Object force(Object r) {
        while (r instanceof TailCall t) {
            Calls.poll();
            r = t.step();
        }
        return r;
    }
}
