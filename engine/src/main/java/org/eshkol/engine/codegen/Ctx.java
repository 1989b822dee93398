package org.eshkol.engine.codegen;

/** What the code for an expression must do with its value. */
enum Ctx {
    /** Leave the value on the operand stack. */
    VALUE,
    /** Discard the value. */
    EFFECT,
    /** Return the value (or a pending tail call) from the method. */
    TAIL,
    /**
     * Leave the value on the stack and jump to the exit of the inlined loop being compiled: the tail
     * positions of a loop's body when the loop itself is not in tail position.
     */
    JUMP
}
