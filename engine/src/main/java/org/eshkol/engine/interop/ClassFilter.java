package org.eshkol.engine.interop;

/**
 * Which Java classes scripts may reach through interop (constructors, methods, fields). A script
 * that touches a refused class gets an Eshkol error naming it. The default allows every class; a
 * server should pass a filter that allows only what its scripts need.
 */
@FunctionalInterface
public interface ClassFilter {
    /** @param className the binary name, e.g. {@code java.util.ArrayList} */
    boolean allows(String className);

    /** Every class. */
    ClassFilter ALL = Fixed.ALL;

    /** No class. */
    ClassFilter NONE = Fixed.NONE;

    /** {@link #ALL} and {@link #NONE} (an enum rather than lambdas: no bootstrap on the start-up path). */
    enum Fixed implements ClassFilter {
        ALL, NONE;

        @Override
        public boolean allows(String className) { return this == ALL; }
    }
}
