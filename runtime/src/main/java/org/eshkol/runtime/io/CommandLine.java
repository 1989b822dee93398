package org.eshkol.runtime.io;

import java.util.List;

/**
 * The command line that {@code (command-line)} returns: the script name followed by its arguments.
 * The engine sets it before running a script; it is empty until then.
 */
public final class CommandLine {
    private CommandLine() {}

    private static volatile List<String> args = List.of();

    public static void set(List<String> commandLine) { args = List.copyOf(commandLine); }

    public static List<String> get() { return args; }
}
