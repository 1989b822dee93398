package org.eshkol.runtime.lib;

import java.util.ArrayList;
import java.util.List;

/** Every class that holds {@code @Builtin} methods, grouped by area. */
public final class Builtins {
    private Builtins() {}

    public static List<Class<?>> classes() {
        List<Class<?>> all = new ArrayList<>();
        all.add(CoreLib.class);
        all.addAll(List.of(NumberLibs.CLASSES));
        all.addAll(List.of(DataLibs.CLASSES));
        all.addAll(List.of(IoLibs.CLASSES));
        all.addAll(List.of(ControlLibs.CLASSES));
        all.addAll(List.of(ResourceLibs.CLASSES));
        all.addAll(List.of(SharedLibs.CLASSES));
        return all;
    }
}
