package org.eshkol.netty;

/**
 * Where a server gets the handler for each new request: a fixed procedure ({@code http-serve}), or
 * a handler file that is reloaded when it changes ({@link ScriptFileHandlers}). A request keeps the
 * version it started with.
 */
public interface HandlerSource extends AutoCloseable {
    /** The handler new requests use now. */
    Handler current();

    /** Stops watching, if this source watches anything. */
    @Override
    default void close() {}

    /** Always the same handler. */
    static HandlerSource of(Handler h) { return () -> h; }
}
