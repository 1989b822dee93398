package org.eshkol.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.lib.NumberLibs;
import org.junit.jupiter.api.Test;

/** The registry lists every builtin of R7RS's numeric section, with signatures the compiler accepts. */
class NumberLibsTest {
    private static final List<String> R7RS = List.of(
            "+", "-", "*", "/", "=", "<", ">", "<=", ">=", "number?", "complex?", "real?", "rational?", "integer?",
            "exact?", "inexact?", "exact-integer?", "nan?", "infinite?", "finite?", "zero?", "positive?",
            "negative?", "odd?", "even?", "max", "min", "abs", "quotient", "remainder", "modulo", "floor/",
            "floor-quotient", "floor-remainder", "truncate/", "truncate-quotient", "truncate-remainder", "gcd",
            "lcm", "numerator", "denominator", "floor", "ceiling", "truncate", "round", "rationalize", "exp", "log",
            "sin", "cos", "tan", "asin", "acos", "atan", "square", "sqrt", "exact-integer-sqrt", "expt", "exact",
            "inexact", "exact->inexact", "inexact->exact", "number->string");

    @Test
    void everyProcedureIsRegisteredWithValidSignatures() {
        Map<String, Set<Integer>> arities = new HashMap<>();
        for (Class<?> c : NumberLibs.CLASSES) {
            assertTrue(Modifier.isFinal(c.getModifiers()) && Modifier.isPublic(c.getModifiers()), c.getName());
            for (Method m : c.getDeclaredMethods()) {
                Builtin b = m.getAnnotation(Builtin.class);
                if (b == null) continue;
                assertTrue(Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()), m.toString());
                Class<?>[] params = m.getParameterTypes();
                boolean rest = params.length > 0 && params[params.length - 1] == Object[].class;
                for (int i = 0; i < params.length - (rest ? 1 : 0); i++) assertEquals(Object.class, params[i], m.toString());
                Class<?> r = m.getReturnType();
                assertTrue(r == Object.class || r == boolean.class || r == void.class, m.toString());
                int key = rest ? -(params.length) : params.length; // negative: rest form with |key|-1 fixed
                for (String name : b.value()) {
                    assertTrue(arities.computeIfAbsent(name, k -> new HashSet<>()).add(key), "duplicate " + name);
                }
            }
        }
        for (String name : R7RS) assertTrue(arities.containsKey(name), "missing " + name);
        // fixed arities never overlap the rest form
        arities.forEach((name, keys) -> {
            int restFixed = keys.stream().filter(k -> k < 0).map(k -> -k - 1).findFirst().orElse(Integer.MAX_VALUE);
            assertTrue(keys.stream().filter(k -> k < 0).count() <= 1, name);
            keys.stream().filter(k -> k >= 0).forEach(k -> assertTrue(k < restFixed, name + " arity " + k));
        });
    }
}
