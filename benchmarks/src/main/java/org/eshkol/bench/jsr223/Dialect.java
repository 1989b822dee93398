package org.eshkol.bench.jsr223;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/**
 * The four JSR-223 engines compared, each with the same small programs written in its language:
 * a ~100-line script of 25 two-argument functions and a sum of their results, a two-argument
 * {@code add2}, an {@code applyAsLong} for {@code getInterface(LongBinaryOperator.class)}, an
 * expression reading the variable {@code x}, and a loop calling {@code Math.max}.
 */
public enum Dialect {
    ESHKOL("eshkol"), NASHORN("nashorn"), GROOVY("groovy"), KAWA("scheme");

    /** How many functions the long script defines (four lines each). */
    static final int FUNCTIONS = 25;

    private final String engineName;

    Dialect(String engineName) { this.engineName = engineName; }

    /** The dialect named by a JMH parameter ({@code eshkol}, {@code nashorn}, {@code groovy}, {@code kawa}). */
    public static Dialect named(String name) { return valueOf(name.toUpperCase(java.util.Locale.ROOT)); }

    /** A fresh engine found through {@code javax.script}'s discovery. */
    public ScriptEngine newEngine() {
        ScriptEngine e = new ScriptEngineManager().getEngineByName(engineName);
        if (e == null) throw new IllegalStateException("no JSR-223 engine named " + engineName);
        return e;
    }

    private boolean scheme() { return this == ESHKOL || this == KAWA; }

    /** The ~100-line script; {@code unique} goes into its text, so each value gives a distinct script. Its value is {@link #longScriptValue}. */
    public String longScript(long unique) {
        StringBuilder sb = new StringBuilder(4096);
        for (int i = 0; i < FUNCTIONS; i++) {
            if (scheme()) {
                sb.append("(define (f").append(i).append(" a b)\n")
                  .append("  (if (< a b)\n")
                  .append("      (+ (* a ").append(i).append(") b)\n")
                  .append("      (- a b ").append(i).append(")))\n");
            } else {
                sb.append(this == GROOVY ? "def f" : "function f").append(i).append("(a, b) {\n")
                  .append("  if (a < b) return a * ").append(i).append(" + b;\n")
                  .append("  else return a - b - ").append(i).append(";\n")
                  .append("}\n");
            }
        }
        if (scheme()) {
            sb.append("(+ ").append(unique);
            for (int i = 0; i < FUNCTIONS; i++) sb.append(" (f").append(i).append(" 1 2)");
            sb.append(")\n");
        } else {
            sb.append(unique);
            for (int i = 0; i < FUNCTIONS; i++) sb.append(" + f").append(i).append("(1, 2)");
            sb.append("\n");
        }
        return sb.toString();
    }

    /** What {@link #longScript} evaluates to. */
    public static long longScriptValue(long unique) {
        long sum = unique;
        for (int i = 0; i < FUNCTIONS; i++) sum += i + 2;
        return sum;
    }

    /** Defines {@code add2} and {@code applyAsLong}, both adding their two arguments (null for Kawa, which has no Invocable). */
    public String procedures() {
        return switch (this) {
            case ESHKOL, KAWA -> "(define (add2 a b) (+ a b))\n(define (applyAsLong a b) (+ a b))\n";
            case NASHORN -> "function add2(a, b) { return a + b; }\nfunction applyAsLong(a, b) { return a + b; }\n";
            case GROOVY -> "def add2(a, b) { a + b }\ndef applyAsLong(a, b) { a + b }\n";
        };
    }

    /** An expression of the variable {@code x}: x + 1. */
    public String readsX() { return scheme() ? "(+ x 1)" : "x + 1"; }

    /**
     * A loop of {@code n} calls of {@code java.lang.Math.max(i, 500)}, summed; its value is
     * {@link #interopValue}. The bound is read from the variable {@code n} (which must be {@code n}
     * in the bindings), so that no compiler can fold the loop away. Nashorn's counter is
     * {@code i | 0}: its loop variable may become a double, which makes {@code max} ambiguous
     * (naming the overload, {@code Math['max(int,int)']}, works too but costs 120 ns a call).
     */
    public String interopLoop() {
        return switch (this) {
            case ESHKOL, KAWA -> "(let ((limit n)) (let loop ((i 0) (acc 0)) (if (= i limit) acc (loop (+ i 1) (+ acc (java.lang.Math:max i 500))))))";
            case NASHORN -> "(function(limit) { var M = java.lang.Math; var acc = 0; for (var i = 0; i < limit; i++) acc += M.max(i | 0, 500); return acc; })(n)";
            case GROOVY -> "long acc = 0; int limit = n; for (int i = 0; i < limit; i++) acc += Math.max(i, 500); acc";
        };
    }

    /** What {@link #interopLoop} evaluates to. */
    public static long interopValue(int n) {
        long acc = 0;
        for (int i = 0; i < n; i++) acc += Math.max(i, 500);
        return acc;
    }
}
