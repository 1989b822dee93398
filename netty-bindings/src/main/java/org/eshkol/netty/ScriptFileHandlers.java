package org.eshkol.netty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.engine.Eshkol;
import org.eshkol.engine.EshkolException;
import org.eshkol.engine.EshkolOptions;
import org.eshkol.runtime.Global;
import org.eshkol.runtime.Procedure;

/**
 * The handler of a file that defines {@code (define (handle req) ...)}. Each version of the file is
 * compiled once, in an engine of its own (so a new version's definitions never change what requests
 * in flight on the old one see), its top-level forms run, and its {@code handle} becomes the handler
 * for new requests in one volatile write. While watching, the file is polled; a changed text is
 * compiled, and a version that fails (to read, compile, run its top level, or define {@code handle})
 * is not swapped in: the error is logged with its position and the old version keeps serving.
 */
public final class ScriptFileHandlers implements HandlerSource {
    /** The global a handler file defines. */
    public static final String HANDLER_NAME = "handle";
    static final long POLL_MILLIS = 200;

    private final Path file;
    private final EshkolOptions engineOptions;
    private final java.util.function.Consumer<String> log;
    private volatile Handler current;
    private volatile String currentText;
    private volatile long version;
    private final ScheduledExecutorService watcher;

    /**
     * Compiles the file now.
     *
     * @throws EshkolException when the first version does not compile or does not define {@code handle}
     * @throws IOException     when the file cannot be read
     */
    public ScriptFileHandlers(Path file, EshkolOptions engineOptions, boolean watch, java.util.function.Consumer<String> log) throws IOException {
        this.file = file;
        this.engineOptions = engineOptions;
        this.log = log;
        String text = Files.readString(file, StandardCharsets.UTF_8);
        this.current = compile(text);
        this.currentText = text;
        this.version = 1;
        if (watch) {
            watcher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(null, r, "eshkol-http-reload", 64L << 20);
                t.setDaemon(true);
                return t;
            });
            watcher.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            watcher = null;
        }
    }

    @Override
    public Handler current() { return current; }

    /** How many versions have been swapped in (1 after start). */
    public long version() { return version; }

    private Handler compile(String text) {
        SourceFile source = new SourceFile(file.toString(), text);
        Eshkol engine = new Eshkol(engineOptions);
        engine.compile(source).run();
        Global g = engine.globals().find(HANDLER_NAME);
        if (g == null || !g.isBound() || !(g.value instanceof Procedure p))
            throw new NoHandler(file + ": a handler file must define (define (" + HANDLER_NAME + " req) ...)");
        return new Handler(p, HandlerSite.definition(source, HANDLER_NAME), file.toString(), engineOptions.policy().runtime());
    }

    /** Checks the file once; swaps in a new version that compiles. Called by the watcher, or by tests. */
    void poll() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return; // being replaced (an editor's rename), or gone for now: keep serving the old version
        }
        if (text.equals(currentText)) return;
        currentText = text; // a broken version is reported once, not at every poll
        try {
            current = compile(text);
            version++;
            ServerLog.info("reloaded " + file + " (version " + version + ")");
        } catch (EshkolException e) {
            log.accept("reload of " + file + " failed; the previous version keeps serving:\n" + e.render());
        } catch (NoHandler e) {
            log.accept("reload of " + file + " failed; the previous version keeps serving: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            log.accept("reload of " + file + " failed; the previous version keeps serving: " + Eshkol.failure(e, file.toString()).getMessage());
        }
    }

    /** A handler file that compiles and runs but defines no {@code handle} procedure. */
    public static final class NoHandler extends IllegalStateException {
        NoHandler(String message) { super(message); }
    }

    @Override
    public void close() {
        if (watcher != null) watcher.shutdownNow();
    }
}
