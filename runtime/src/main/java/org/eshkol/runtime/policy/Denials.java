package org.eshkol.runtime.policy;

import org.eshkol.runtime.Errors;
import org.eshkol.runtime.SchemeError;

/**
 * The one shape of a refusal: {@code open-input-file: denied by the sandbox policy: reading
 * /etc/passwd is outside the allowed read roots [/srv/app]}. An ordinary Eshkol error (the engine
 * adds the script's position); a script may catch it, which gains it nothing.
 */
public final class Denials {
    private Denials() {}

    public static final String PREFIX = "denied by the sandbox policy: ";

    static SchemeError denied(String who, String rule) { return Errors.error(who + ": " + PREFIX + rule); }
}
