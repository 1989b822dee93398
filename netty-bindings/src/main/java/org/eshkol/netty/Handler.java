package org.eshkol.netty;

import org.eshkol.runtime.Procedure;

/**
 * One version of a request handler: the script procedure of one argument, and where it was
 * defined ({@code file:line:col}), for error messages.
 *
 * @param procedure the handler
 * @param site      where it was defined or given to the server
 * @param fileName  the script's file name, for failures
 */
public record Handler(Procedure procedure, String site, String fileName) {
    public Handler {
        if (procedure == null) throw new IllegalArgumentException("no handler procedure");
    }
}
