package org.eshkol.engine.codegen;

/** What the code for an expression must do with its value. */
enum Ctx {
    /** Leave the value on the operand stack. */
    VALUE,
    /** Discard the value. */
    EFFECT,
    /** Return the value (or a pending tail call) from the method. */
    TAIL
}
