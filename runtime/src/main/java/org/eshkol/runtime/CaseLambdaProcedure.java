package org.eshkol.runtime;

/**
 * A {@code case-lambda} procedure: a list of clauses, each a procedure with its own arity. A call
 * runs the first clause that accepts the number of arguments.
 */
public final class CaseLambdaProcedure extends Procedure {
    private final String name;
    private final Procedure[] clauses;
    private final int[] required;
    private final boolean[] rest;

    public CaseLambdaProcedure(String name, Procedure[] clauses, int[] required, boolean[] rest) {
        this.name = name;
        this.clauses = clauses;
        this.required = required;
        this.rest = rest;
    }

    @Override
    public String name() { return name; }

    private Procedure select(int n) {
        for (int i = 0; i < clauses.length; i++) {
            if (n == required[i] || (rest[i] && n >= required[i])) return clauses[i];
        }
        throw Errors.arity(name == null ? "case-lambda" : name, arities(), n);
    }

    private String arities() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < clauses.length; i++) {
            if (i > 0) sb.append(i == clauses.length - 1 ? " or " : ", ");
            sb.append(rest[i] ? "at least " + required[i] : Integer.toString(required[i]));
        }
        return sb.toString();
    }

    @Override
    public Object apply0() { return select(0).apply0(); }

    @Override
    public Object apply1(Object a) { return select(1).apply1(a); }

    @Override
    public Object apply2(Object a, Object b) { return select(2).apply2(a, b); }

    @Override
    public Object apply3(Object a, Object b, Object c) { return select(3).apply3(a, b, c); }

    @Override
    public Object apply4(Object a, Object b, Object c, Object d) { return select(4).apply4(a, b, c, d); }

    @Override
    public Object applyN(Object[] args) { return select(args.length).applyN(args); }
}
