package org.eshkol.runtime.shared;

import org.eshkol.runtime.Errors;
import org.eshkol.runtime.SchemeError;

/** The messages of shared-value errors, raised through {@link Errors} so scripts can catch them. */
final class SharedErrors {
    private SharedErrors() {}

    /** {@code release!: hash table shared at app.esk:3 was already released}. */
    static SchemeError released(String who, SharedHeader h) {
        return Errors.error(who + ": " + h.kind + " shared at " + h.site + " was already released");
    }
}
