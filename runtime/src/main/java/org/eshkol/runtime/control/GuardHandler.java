package org.eshkol.runtime.control;

import org.eshkol.runtime.Procedure;

/**
 * The exception handler a {@code guard} installs for its body: it takes the condition back to its
 * own {@code %guard} activation by throwing a {@link GuardEscape} that names it.
 */
final class GuardHandler extends Procedure {
    @Override
    public String name() { return "guard"; }

    @Override
    public Object apply1(Object condition) { throw new GuardEscape(this, condition); }

    @Override
    public Object applyN(Object[] args) {
        throw new GuardEscape(this, args.length == 1 ? args[0] : new org.eshkol.runtime.MultipleValues(args));
    }
}
