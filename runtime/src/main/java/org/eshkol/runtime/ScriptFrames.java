package org.eshkol.runtime;

import java.util.Optional;

/**
 * The script's own frames on the current stack: generated script classes live in package
 * {@code esk.} (as {@link SchemeError#origin()} assumes). Used to name where something was created.
 */
public final class ScriptFrames {
    private static final StackWalker WALKER = StackWalker.getInstance();

    private ScriptFrames() {}

    /** The innermost script frame as {@code file.esk:12}, if script code is on the stack. */
    public static Optional<String> innermost() {
        return WALKER.walk(frames -> frames
                .filter(f -> f.getClassName().startsWith("esk.") && f.getLineNumber() > 0)
                .map(f -> f.getFileName() + ":" + f.getLineNumber())
                .findFirst());
    }
}
