package org.eshkol.runtime;

/**
 * Stops a running script: raised at the next loop back-edge or trampoline step after the evaluating
 * thread was interrupted (by the embedder, or by a time limit). Not a Scheme condition: {@code guard}
 * and exception handlers cannot catch it, so a script cannot refuse to stop; {@code dynamic-wind}
 * after-thunks still run on the way out.
 */
public final class EvaluationInterrupted extends RuntimeException {
    public EvaluationInterrupted() {
        super("evaluation interrupted", null, false, true);
    }
}
