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

    /** Java misuse: {@code Shared.hold: hash table shared at app.esk:3 was already released}. */
    static IllegalStateException releasedForJava(String who, SharedHeader h) {
        return new IllegalStateException(who + ": " + h.kind + " shared at " + h.site + " was already released");
    }

    /** Java misuse: {@code Shared.adopt: vector #(1 2) is not shared; share it first (Shared.share) ...}. */
    static IllegalStateException notSharedForJava(String who, Object v) {
        String shown = org.eshkol.runtime.Printer.writeString(v);
        if (shown.length() > 60) shown = shown.substring(0, 57) + "...";
        return new IllegalStateException(who + ": " + (v == null ? "null" : Kinds.of(v) + " " + shown)
                + " is not a shared value; share it first (Shared.share, or (shared v) in the script)");
    }
}
