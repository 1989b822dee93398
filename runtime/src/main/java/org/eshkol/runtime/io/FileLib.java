package org.eshkol.runtime.io;

import org.eshkol.runtime.Builtin;

/**
 * File builtins: {@code open-input-file open-output-file open-binary-input-file
 * open-binary-output-file file-exists? delete-file}. Textual file ports use UTF-8; opening for output
 * creates or truncates the file. Failures are file errors (see {@link FilePorts}).
 */
public final class FileLib {
    private FileLib() {}

    private static String path(String who, Object name) { return PortArgs.string(who, name).toString(); }

    @Builtin("open-input-file")
    public static Object openInputFile(Object name) {
        return FilePorts.openTextInput("open-input-file", path("open-input-file", name));
    }

    @Builtin("open-output-file")
    public static Object openOutputFile(Object name) {
        return FilePorts.openTextOutput("open-output-file", path("open-output-file", name));
    }

    @Builtin("open-binary-input-file")
    public static Object openBinaryInputFile(Object name) {
        return FilePorts.openBinaryInput("open-binary-input-file", path("open-binary-input-file", name));
    }

    @Builtin("open-binary-output-file")
    public static Object openBinaryOutputFile(Object name) {
        return FilePorts.openBinaryOutput("open-binary-output-file", path("open-binary-output-file", name));
    }

    @Builtin("file-exists?")
    public static boolean fileExists(Object name) { return FilePorts.exists("file-exists?", path("file-exists?", name)); }

    @Builtin("delete-file")
    public static void deleteFile(Object name) { FilePorts.delete("delete-file", path("delete-file", name)); }
}
