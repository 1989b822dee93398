package org.eshkol.engine.spi;

import java.io.PrintStream;
import java.util.List;

/**
 * A subcommand of the {@code eshkol} command that another module provides ({@code eshkol serve FILE}
 * comes from {@code netty-bindings}). Found with {@link java.util.ServiceLoader}: a provider lists its
 * class in {@code META-INF/services/org.eshkol.engine.spi.Subcommand}.
 */
public interface Subcommand {
    /** The word that selects it: {@code eshkol NAME ARGS...}. */
    String name();

    /** One line for {@code eshkol --help}. */
    String usage();

    /**
     * Runs the subcommand; returns the process exit code (non-zero on failure, after a message on
     * {@code err}). May block for as long as it serves.
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
