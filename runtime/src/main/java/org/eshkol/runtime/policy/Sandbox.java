package org.eshkol.runtime.policy;

import org.eshkol.runtime.DynamicState;

/** How builtins find the policy of the evaluation running on their thread. */
public final class Sandbox {
    private Sandbox() {}

    /** The policy installed on this thread ({@link Policy#TRUSTED} outside any evaluation). */
    public static Policy current() { return DynamicState.current().policy; }
}
