package org.eshkol.engine.codegen;

/** Where a lexical variable lives in the method being compiled. */
sealed interface Loc {
    /** Whether the location holds a {@code Box} rather than the value itself. */
    boolean boxed();

    /** A JVM local variable slot. */
    record Slot(int slot, boolean boxed) implements Loc {}

    /**
     * An unboxed variable (see {@link FixnumLoopVars}) in two local slots: {@code longSlot} (two JVM
     * slots) holds the value while {@code objSlot} is null, which is exactly when the value is a fixnum;
     * otherwise {@code objSlot} holds the value (never a {@code Long}).
     */
    record Fix(int longSlot, int objSlot) implements Loc {
        @Override
        public boolean boxed() { return false; }
    }

    /** A field of the closure object ({@code this}) holding a captured variable. */
    record Field(String owner, String name, boolean boxed) implements Loc {
        String desc() { return boxed ? "Lorg/eshkol/runtime/Box;" : "Ljava/lang/Object;"; }
    }
}
