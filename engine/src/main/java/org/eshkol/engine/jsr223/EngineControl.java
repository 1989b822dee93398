package org.eshkol.engine.jsr223;

import java.util.Set;
import org.eshkol.engine.EshkolPolicy;

/**
 * The attribute names that control the engine rather than name script globals: the time limit
 * ({@value EshkolScriptEngine#TIME_LIMIT}), the disk cache ({@value EshkolScriptEngine#CACHE_DIR})
 * and the sandbox ({@value EshkolPolicy#SYSTEM_PROPERTY}). Whatever scope the embedder sets them in,
 * they never become globals: engine bindings keep them apart from the environment, foreign bindings
 * are not copied in or out under these names, and {@code GLOBAL_SCOPE} does not supply them. So a
 * script can neither read them nor {@code set!} its way past a limit.
 */
final class EngineControl {
    private EngineControl() {}

    static final Set<String> NAMES = Set.of(EshkolScriptEngine.TIME_LIMIT, EshkolScriptEngine.CACHE_DIR, EshkolPolicy.SYSTEM_PROPERTY);

    static boolean isControl(String name) { return NAMES.contains(name); }
}
