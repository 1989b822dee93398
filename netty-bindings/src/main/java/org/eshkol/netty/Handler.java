package org.eshkol.netty;

import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.policy.Policy;

/**
 * One version of a request handler: the script procedure of one argument, and where it was
 * defined ({@code file:line:col}), for error messages.
 *
 * @param procedure the handler
 * @param site      where it was defined or given to the server
 * @param fileName  the script's file name, for failures
 * @param sandbox   what the handler's builtins may do to the host (files, network, environment):
 *                  the policy of the engine that compiled it, or of the script that started the server
 */
public record Handler(Procedure procedure, String site, String fileName, Policy sandbox) {
    public Handler {
        if (procedure == null) throw new IllegalArgumentException("no handler procedure");
        if (sandbox == null) throw new IllegalArgumentException("no sandbox policy (Policy.TRUSTED for none)");
    }
}
