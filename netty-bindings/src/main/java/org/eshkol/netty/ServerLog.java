package org.eshkol.netty;

/** The server's log: {@link System.Logger} {@code org.eshkol.netty} (JUL by default; bridge it to SLF4J as usual). */
final class ServerLog {
    private ServerLog() {}

    private static final System.Logger LOG = System.getLogger("org.eshkol.netty");

    static void warn(String message) { LOG.log(System.Logger.Level.WARNING, message); }

    static void info(String message) { LOG.log(System.Logger.Level.INFO, message); }
}
