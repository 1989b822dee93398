package org.eshkol.runtime.control;

import org.eshkol.runtime.SchemeError;

/**
 * What a non-local exit carries: the raised object of an error or a {@code raise}, the condition
 * a {@code guard} escape takes to its handler, the values passed to an escaping continuation. Regions
 * promote it before they close, so the receiver gets it intact.
 */
public final class Transfers {
    /** Returned by {@link #payload} for exits that carry nothing. */
    public static final Object NOTHING = new Object();

    private Transfers() {}

    public static Object payload(Throwable t) {
        if (t instanceof SchemeError e) return e.payload();
        if (t instanceof GuardEscape g) return g.condition;
        if (t instanceof ContinuationException c) return c.result;
        return NOTHING;
    }
}
