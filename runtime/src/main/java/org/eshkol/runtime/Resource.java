package org.eshkol.runtime;

/**
 * Something a script must release: a file, a socket, a lock guard. {@code close} (and
 * {@code consume}, {@code with-resource}) release it through {@link Resources#close}, which raises
 * when it is already closed; builtins that use a resource check {@link #isClosed()} and raise
 * {@link Resources#closedError} naming it. Later resources (database connections) implement this.
 */
public interface Resource {
    /** What kind of resource it is, for messages: {@code file}, {@code mutex guard}. */
    String kind();

    /** How messages name it: {@code file "x.txt"}. */
    String describe();

    boolean isClosed();

    /** Releases what it holds; called at most once, by {@link Resources#close}. */
    void close();
}
