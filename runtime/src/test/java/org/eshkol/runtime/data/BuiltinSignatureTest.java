package org.eshkol.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.lib.DataLibs;
import org.junit.jupiter.api.Test;

/** Every registered builtin follows the signature rules, and no name has two methods for one arity. */
class BuiltinSignatureTest {

    @Test
    void signaturesFollowTheRules() {
        for (Class<?> c : DataLibs.CLASSES) {
            assertTrue(Modifier.isFinal(c.getModifiers()), c + " must be final");
            for (Method m : c.getDeclaredMethods()) {
                if (!m.isAnnotationPresent(Builtin.class)) continue;
                assertTrue(Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()), m.toString());
                Class<?>[] ps = m.getParameterTypes();
                for (int i = 0; i < ps.length; i++) {
                    boolean restOk = i == ps.length - 1 && ps[i] == Object[].class;
                    assertTrue(ps[i] == Object.class || restOk, "bad parameter in " + m);
                }
                Class<?> r = m.getReturnType();
                assertTrue(r == Object.class || r == boolean.class || r == void.class, "bad return type in " + m);
            }
        }
    }

    /** Fixed arities are distinct, and a rest method's minimum is above every fixed arity. */
    @Test
    void aritiesDoNotOverlap() {
        Map<String, Set<Integer>> fixed = new HashMap<>();
        Map<String, Integer> restMin = new HashMap<>();
        for (Class<?> c : DataLibs.CLASSES) {
            for (Method m : c.getDeclaredMethods()) {
                Builtin b = m.getAnnotation(Builtin.class);
                if (b == null) continue;
                int n = m.getParameterCount();
                boolean rest = n > 0 && m.getParameterTypes()[n - 1] == Object[].class;
                for (String name : b.value()) {
                    if (rest) {
                        if (restMin.put(name, n - 1) != null) fail("two rest methods for " + name);
                    } else if (!fixed.computeIfAbsent(name, k -> new HashSet<>()).add(n)) {
                        fail("two methods of arity " + n + " for " + name);
                    }
                }
            }
        }
        restMin.forEach((name, min) -> {
            for (int n : fixed.getOrDefault(name, Set.of())) assertTrue(n < min, name + " arity " + n + " overlaps rest");
        });
        assertEquals(Set.of(1, 2), fixed.get("make-vector"));
    }
}
