package org.eshkol.engine.builtins;

/**
 * Builtins that need the front end (the reader's number syntax, the reader itself), so they live in
 * the engine rather than the runtime.
 */
public final class EngineLib {
    private EngineLib() {}
}
