package org.eshkol.analysis.diag;

/** The phase that found a problem; it names the problem in every diagnostic. */
public enum Phase {
    READ("read error"),
    EXPAND("expand error"),
    ANALYZE("error"),
    OWNERSHIP("ownership error"),
    /** Not an error: what the ownership analysis assumed, shown by {@code --explain-ownership}. */
    OWNERSHIP_NOTE("ownership note"),
    COMPILE("compile error"),
    RUN("error");

    private final String label;

    Phase(String label) { this.label = label; }

    /** The word(s) printed after the position: {@code file:line:col: LABEL: message}. */
    public String label() { return label; }
}
