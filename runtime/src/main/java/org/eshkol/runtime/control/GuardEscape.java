package org.eshkol.runtime.control;

/**
 * Carries a raised condition from the point of {@code raise} to the {@code guard} whose handler
 * frame received it. Stackless. Only the {@code %guard} activation that owns {@link #guard} catches
 * it; any other lets it pass.
 */
final class GuardEscape extends RuntimeException {
    final GuardHandler guard;
    final Object condition;

    GuardEscape(GuardHandler guard, Object condition) {
        super(null, null, false, false);
        this.guard = guard;
        this.condition = condition;
    }
}
