package org.eshkol.runtime;

/**
 * An error condition: what {@code error} and every failing builtin raise. {@code error-object?} is
 * true of it; {@code error-object-message} and {@code error-object-irritants} take it apart.
 */
public final class ErrorObject extends Value {
    /** Which R7RS predicates recognise the error. */
    public enum Kind { GENERIC, FILE, READ }

    private final Kind kind;
    private final String message;
    private final Object irritants;

    /**
     * @param irritants a proper list (possibly {@link Nil#NIL})
     */
    public ErrorObject(Kind kind, String message, Object irritants) {
        this.kind = kind;
        this.message = message;
        this.irritants = irritants;
    }

    public Kind kind() { return kind; }

    public String message() { return message; }

    public Object irritants() { return irritants; }

    @Override
    public String toString() { return message; }
}
