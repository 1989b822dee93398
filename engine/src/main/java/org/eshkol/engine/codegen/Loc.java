package org.eshkol.engine.codegen;

/** Where a lexical variable lives in the method being compiled. */
sealed interface Loc {
    /** Whether the location holds a {@code Box} rather than the value itself. */
    boolean boxed();

    /** A JVM local variable slot. */
    record Slot(int slot, boolean boxed) implements Loc {}

    /** A field of the closure object ({@code this}) holding a captured variable. */
    record Field(String owner, String name, boolean boxed) implements Loc {
        String desc() { return boxed ? "Lorg/eshkol/runtime/Box;" : "Ljava/lang/Object;"; }
    }
}
