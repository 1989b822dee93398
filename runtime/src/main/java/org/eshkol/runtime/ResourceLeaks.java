package org.eshkol.runtime;

import java.lang.ref.Cleaner;
import java.util.function.Consumer;

/**
 * The last line of defence for owned resources the ownership analysis could not follow: a resource
 * registered here that becomes unreachable without being closed is released by a {@link Cleaner}
 * and reported once, with the script position where it was created:
 * {@code resource leak: file "x.txt" (opened at app.esk:12) was never closed; the cleaner closed it}.
 * Reports go where the engine that created the resource sends them (its error port or listener),
 * else to the process-wide listener (standard error unless an embedder installs another).
 */
public final class ResourceLeaks {
    private ResourceLeaks() {}

    private static final Cleaner CLEANER = Cleaner.create(r -> {
        Thread t = new Thread(r, "eshkol-resource-cleaner");
        t.setDaemon(true);
        return t;
    });
    private static volatile Consumer<String> listener = System.err::println;

    /** Where leak reports go; {@code null} restores standard error. */
    public static void setListener(Consumer<String> l) { listener = l != null ? l : System.err::println; }

    /**
     * Watches {@code resource}. {@code release} frees what it holds and must not refer to
     * {@code resource} itself (it runs after the resource is unreachable). The resource calls
     * {@link Tracked#closed()} when it is closed normally.
     */
    public static Tracked track(Object resource, String name, AutoCloseable release) {
        Tracked t = new Tracked(name, creationSite(), release, DynamicState.current().leakReports);
        t.cleanable = CLEANER.register(resource, t);
        return t;
    }

    /** The innermost script frame ({@code file.esk:12}) on the current stack, or {@code an unknown place}. */
    private static String creationSite() { return ScriptFrames.innermost().orElse("an unknown place"); }

    /** The cleaner's state for one resource: reports and releases only if the resource was never closed. */
    public static final class Tracked implements Runnable {
        private final String name;
        private final String site;
        private final AutoCloseable release;
        private final Consumer<String> reports;
        private volatile boolean closed;
        private Cleaner.Cleanable cleanable;

        private Tracked(String name, String site, AutoCloseable release, Consumer<String> reports) {
            this.name = name;
            this.site = site;
            this.release = release;
            this.reports = reports;
        }

        /** The resource was closed normally: nothing to report; stop watching it. */
        public void closed() {
            closed = true;
            cleanable.clean();
        }

        @Override
        public void run() {
            if (closed) return;
            String how;
            try {
                release.close();
                how = "the cleaner closed it";
            } catch (Exception e) {
                how = "the cleaner could not close it: " + e.getMessage();
            }
            (reports != null ? reports : listener).accept("resource leak: " + name + " (opened at " + site + ") was never closed; " + how);
        }
    }
}
