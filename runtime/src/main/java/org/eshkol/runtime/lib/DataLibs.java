package org.eshkol.runtime.lib;

/** The classes holding the {@code @Builtin} methods of this area; the engine registers each one. */
public final class DataLibs {
    private DataLibs() {}

    public static final Class<?>[] CLASSES = {};
}
