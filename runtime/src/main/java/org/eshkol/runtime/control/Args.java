package org.eshkol.runtime.control;

import org.eshkol.runtime.Errors;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;

/** Argument checks shared by the control builtins. */
final class Args {
    private Args() {}

    /** {@code x} as a procedure, or the error calling it would raise ({@code not a procedure: 5}). */
    static Procedure procedure(Object x) {
        if (x instanceof Procedure p) return p;
        throw Errors.notProcedure(x);
    }

    /** The length of a proper list, or -1 when {@code x} is not one (improper or circular). */
    static int listLength(Object x) {
        int n = 0;
        Object slow = x;
        while (x instanceof Pair p) {
            x = p.cdr;
            n++;
            if ((n & 1) == 0) {
                slow = ((Pair) slow).cdr;
                if (slow == x) return -1;
            }
        }
        return x == Nil.NIL ? n : -1;
    }
}
