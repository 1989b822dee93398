package org.eshkol.runtime.control;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.lib.ControlLibs;
import org.junit.jupiter.api.Test;

/** Every registered builtin follows the signature rules, and the expected names are all there. */
class ControlLibsRegistryTest {

    @Test
    void signaturesFollowTheBuiltinRules() {
        Set<String> seen = new HashSet<>();
        for (Class<?> c : ControlLibs.CLASSES) {
            assertTrue(Modifier.isFinal(c.getModifiers()), c + " must be final");
            for (Method m : c.getDeclaredMethods()) {
                Builtin b = m.getAnnotation(Builtin.class);
                if (b == null) continue;
                assertTrue(Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()), m.toString());
                Class<?>[] ps = m.getParameterTypes();
                boolean rest = ps.length > 0 && ps[ps.length - 1] == Object[].class;
                for (int i = 0; i < ps.length - (rest ? 1 : 0); i++) assertEquals(Object.class, ps[i], m.toString());
                Class<?> r = m.getReturnType();
                assertTrue(r == Object.class || r == boolean.class || r == void.class, m.toString());
                if (b.tail()) assertEquals(Object.class, r, m.toString());
                for (String name : b.value()) {
                    assertTrue(seen.add(name + "/" + ps.length + (rest ? "+" : "")), "duplicate " + name);
                }
            }
        }
        for (String name : new String[] {"procedure?/1", "apply/2+", "values/1+", "call-with-values/2",
                "call/cc/1", "call-with-current-continuation/1", "dynamic-wind/3", "with-exception-handler/2",
                "raise/1", "raise-continuable/1", "error/2+", "error-object?/1", "error-object-message/1",
                "error-object-irritants/1", "file-error?/1", "read-error?/1", "condition/report-string/1",
                "%guard/2", "%assertion-failed/1", "exit/0", "exit/1", "emergency-exit/0", "emergency-exit/1",
                "make-parameter/1", "make-parameter/2", "%parameterize/3", "%delay/1", "%delay-force/1",
                "make-promise/1", "force/1", "promise?/1"}) {
            String fixed = name;
            assertTrue(seen.contains(fixed), "missing " + fixed + " in " + seen);
        }
    }
}
