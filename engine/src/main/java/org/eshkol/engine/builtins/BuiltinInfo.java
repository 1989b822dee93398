package org.eshkol.engine.builtins;

import java.util.Map;
import java.util.TreeMap;

/**
 * One builtin name and the Java methods that implement it: one per fixed arity, and at most one that
 * takes rest arguments after {@link #restFixed()} fixed ones.
 */
public final class BuiltinInfo {
    private final String name;
    private final Map<Integer, BuiltinMethod> fixed = new TreeMap<>();
    private BuiltinMethod rest;
    private int restFixed;
    private final java.lang.invoke.MethodHandle[] handles = new java.lang.invoke.MethodHandle[6];

    BuiltinInfo(String name) { this.name = name; }

    public String name() { return name; }

    void add(BuiltinMethod m) {
        if (m.rest()) {
            if (rest != null) throw new IllegalStateException("two rest-argument methods for builtin " + name);
            rest = m;
            restFixed = m.fixedCount();
        } else if (fixed.put(m.fixedCount(), m) != null) {
            throw new IllegalStateException("two " + m.fixedCount() + "-argument methods for builtin " + name);
        }
    }

    /** The method taking exactly {@code argc} fixed arguments, or null. */
    public BuiltinMethod fixed(int argc) { return fixed.get(argc); }

    /** The rest-argument method, or null. */
    public BuiltinMethod rest() { return rest; }

    public int restFixed() { return restFixed; }

    /** The method a call with {@code argc} arguments uses, or null when none accepts that many. */
    public BuiltinMethod forArgc(int argc) {
        BuiltinMethod m = fixed.get(argc);
        if (m != null) return m;
        return rest != null && argc >= restFixed ? rest : null;
    }

    /** The smallest number of arguments any method accepts. */
    public int minArgs() {
        int min = rest != null ? restFixed : Integer.MAX_VALUE;
        for (int k : fixed.keySet()) min = Math.min(min, k);
        return min;
    }

    /** A description of the accepted counts for arity errors: {@code 2}, {@code 1 or 2}, {@code at least 1}. */
    public String arityText() {
        StringBuilder sb = new StringBuilder();
        for (int k : fixed.keySet()) {
            if (rest != null && k >= restFixed) continue;
            if (!sb.isEmpty()) sb.append(" or ");
            sb.append(k);
        }
        if (rest != null) {
            if (!sb.isEmpty()) sb.append(" or ");
            sb.append("at least ").append(restFixed);
        }
        return sb.toString();
    }

    /**
     * A handle of type {@code (Object x argc)Object} that calls the method for {@code argc} arguments
     * and converts its result to a Scheme value; {@code argc} 5 means "any count, as one Object[]".
     * Returns null when no method accepts {@code argc} arguments.
     */
    java.lang.invoke.MethodHandle handle(int argc) {
        java.lang.invoke.MethodHandle h = handles[argc];
        if (h == null) {
            h = BuiltinHandles.build(this, argc);
            handles[argc] = h;
        }
        return h;
    }

}
