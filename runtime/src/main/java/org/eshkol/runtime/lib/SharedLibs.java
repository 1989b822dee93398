package org.eshkol.runtime.lib;

import org.eshkol.runtime.shared.SharedLib;

/** The classes holding the {@code @Builtin} methods of shared values (Tier 4); the engine registers each one. */
public final class SharedLibs {
    private SharedLibs() {}

    public static final Class<?>[] CLASSES = { SharedLib.class };
}
