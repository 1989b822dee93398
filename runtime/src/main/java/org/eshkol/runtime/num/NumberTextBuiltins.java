package org.eshkol.runtime.num;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;

/** {@code (number->string z [radix])}, radix 2, 8, 10 or 16. ({@code string->number} is the reader's.) */
public final class NumberTextBuiltins {
    private NumberTextBuiltins() {}

    @Builtin("number->string")
    public static Object numberToString(Object z) { return numberToString(z, 10L); }

    @Builtin("number->string")
    public static Object numberToString(Object z, Object radix) {
        GenericArith.kind("number->string", z);
        if (!(radix instanceof Long r) || (r != 2 && r != 8 && r != 10 && r != 16)) {
            throw Errors.wrongType("number->string", "a radix (2, 8, 10 or 16)", radix);
        }
        return MString.of(NumberFormat.toString(z, (int) (long) r));
    }
}
