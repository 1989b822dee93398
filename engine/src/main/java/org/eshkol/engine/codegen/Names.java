package org.eshkol.engine.codegen;

/** The public face of class-name mangling, for backtraces. */
public final class Names {
    private Names() {}

    public static String unmangle(String s) { return Emit.unmangle(s); }
}
