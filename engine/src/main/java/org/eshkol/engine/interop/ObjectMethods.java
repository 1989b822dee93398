package org.eshkol.engine.interop;

import java.lang.reflect.Method;

/** Whether an interface method is one of {@code Object}'s (not part of what an implementation must supply). */
public final class ObjectMethods {
    private ObjectMethods() {}

    /** True when {@code m} has the name and parameters of a public method of {@code Object}. */
    public static boolean declares(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
