package org.eshkol.netty;

import java.io.IOException;
import java.nio.file.Path;
import org.eshkol.engine.EshkolOptions;

/**
 * What a Java team puts into a pipeline of its own: one {@link EshkolHttpHandler} per channel from
 * {@link #newHandler()}, after {@code HttpServerCodec}, {@code HttpServerKeepAliveHandler} and
 * {@code HttpObjectAggregator}, sharing this object's handler source and worker threads.
 * {@link EshkolHttpServer} is this plus a bootstrap.
 *
 * <pre>{@code
 * EshkolHttpHandlers scripts = EshkolHttpHandlers.forScript(Path.of("api.esk"), EshkolOptions.defaults(), ServerOptions.defaults());
 * ch.pipeline().addLast(new HttpServerCodec(), new HttpServerKeepAliveHandler(),
 *         new HttpObjectAggregator(1 << 20), scripts.newHandler());
 * }</pre>
 */
public final class EshkolHttpHandlers implements AutoCloseable {
    private final HandlerSource source;
    private final ServerOptions options;
    private final WorkerPool workers;

    private EshkolHttpHandlers(HandlerSource source, ServerOptions options) {
        this.source = source;
        this.options = options;
        this.workers = new WorkerPool(options);
    }

    /**
     * Handlers for a file defining {@code (define (handle req) ...)}, compiled now and reloaded when
     * it changes (unless {@link ServerOptions#watch()} is off).
     *
     * @throws org.eshkol.engine.EshkolException when the file does not compile or define {@code handle}
     */
    public static EshkolHttpHandlers forScript(Path file, EshkolOptions engineOptions, ServerOptions options) throws IOException {
        return new EshkolHttpHandlers(new ScriptFileHandlers(file, engineOptions, options.watch(), options.errorLog()), options);
    }

    /** Handlers for a fixed handler procedure, or any other source. */
    public static EshkolHttpHandlers of(HandlerSource source, ServerOptions options) { return new EshkolHttpHandlers(source, options); }

    /** A handler for one new channel. */
    public EshkolHttpHandler newHandler() { return new EshkolHttpHandler(source, options, workers); }

    public ServerOptions options() { return options; }

    /** Requests whose handler has not finished. */
    public int inFlight() { return workers.inFlight(); }

    /** Stops watching the file and ends the worker threads (interrupting handlers still running). */
    @Override
    public void close() {
        source.close();
        workers.close();
    }
}
