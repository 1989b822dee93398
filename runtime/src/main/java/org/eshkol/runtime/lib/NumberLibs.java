package org.eshkol.runtime.lib;

import org.eshkol.runtime.num.ArithmeticBuiltins;
import org.eshkol.runtime.num.ComparisonBuiltins;
import org.eshkol.runtime.num.DivisionBuiltins;
import org.eshkol.runtime.num.ExactnessBuiltins;
import org.eshkol.runtime.num.NumberTextBuiltins;
import org.eshkol.runtime.num.PredicateBuiltins;
import org.eshkol.runtime.num.TranscendentalBuiltins;

/** The classes holding the {@code @Builtin} methods of this area; the engine registers each one. */
public final class NumberLibs {
    private NumberLibs() {}

    public static final Class<?>[] CLASSES = {
        ArithmeticBuiltins.class, ComparisonBuiltins.class, PredicateBuiltins.class, DivisionBuiltins.class,
        ExactnessBuiltins.class, TranscendentalBuiltins.class, NumberTextBuiltins.class,
    };
}
