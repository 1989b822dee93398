package org.eshkol.runtime.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Printer;
import org.eshkol.runtime.SchemeError;
import org.eshkol.runtime.policy.Sandbox;

/**
 * Opens file ports (UTF-8 for textual ones) and deletes files, each after the running evaluation's
 * sandbox policy allowed it ({@link org.eshkol.runtime.policy.Policy#checkRead}). Failures are Scheme file errors
 * ({@code file-error?} is true of them) with one message shape:
 * {@code open-input-file: cannot open file "x.txt": no such file or directory}.
 */
public final class FilePorts {
    private FilePorts() {}

    public static TextInputPort openTextInput(String who, String path) {
        return new TextInputPort(new InputStreamReader(openIn(who, path), StandardCharsets.UTF_8), true);
    }

    public static TextOutputPort openTextOutput(String who, String path) {
        return new TextOutputPort(new OutputStreamWriter(openOut(who, path), StandardCharsets.UTF_8), false, true);
    }

    /**
     * {@code open-file}: a textual port on {@code path} that is an owned, leak-watched resource; mode
     * {@code "r"} reads, {@code "w"} truncates or creates, {@code "a"} appends or creates.
     */
    static Port openResource(String who, String path, String mode) {
        Port port;
        java.io.Closeable underlying;
        switch (mode) {
            case "r" -> {
                InputStreamReader r = new InputStreamReader(openIn(who, path), StandardCharsets.UTF_8);
                port = new TextInputPort(r, true);
                underlying = r;
            }
            case "w", "a" -> {
                OutputStreamWriter w = new OutputStreamWriter(mode.equals("w") ? openOut(who, path) : openAppend(who, path),
                        StandardCharsets.UTF_8);
                port = new TextOutputPort(w, false, true);
                underlying = w;
            }
            default -> throw Errors.error(who + ": mode must be \"r\", \"w\" or \"a\", got " + mode);
        }
        port.markFileResource(path, underlying);
        return port;
    }

    private static OutputStream openAppend(String who, String path) {
        Path p = writable(who, "writing", path);
        try {
            return Files.newOutputStream(p, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw failure(who, "cannot open file", path, e);
        }
    }

    public static BinaryInputPort openBinaryInput(String who, String path) {
        return new BinaryInputPort(openIn(who, path), true);
    }

    public static BinaryOutputPort openBinaryOutput(String who, String path) {
        return new BinaryOutputPort(openOut(who, path), false, true);
    }

    /** {@code file-exists?}: a test of a path outside the read roots is denied, as reading it would be. */
    public static boolean exists(String who, String path) {
        try {
            Path checked = Sandbox.current().checkRead(who, "testing", path);
            return Files.exists(checked != null ? checked : Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    public static void delete(String who, String path) {
        Path checked = Sandbox.current().checkWrite(who, "deleting", path);
        Path p = checked != null ? checked : path(who, "cannot delete file", path);
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw failure(who, "cannot delete file", path, e);
        }
    }

    private static InputStream openIn(String who, String path) {
        Path checked = Sandbox.current().checkRead(who, "reading", path);
        Path p = checked != null ? checked : path(who, "cannot open file", path);
        if (Files.isDirectory(p)) throw failure(who, "cannot open file", path, "is a directory");
        try {
            return Files.newInputStream(p);
        } catch (IOException e) {
            throw failure(who, "cannot open file", path, e);
        }
    }

    private static OutputStream openOut(String who, String path) {
        Path p = writable(who, "writing", path);
        try {
            return Files.newOutputStream(p, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw failure(who, "cannot open file", path, e);
        }
    }

    /** The path to open for writing: the sandbox's resolved path, or {@code path} as given when every file is allowed. */
    private static Path writable(String who, String verb, String path) {
        Path checked = Sandbox.current().checkWrite(who, verb, path);
        return checked != null ? checked : path(who, "cannot open file", path);
    }

    private static Path path(String who, String what, String path) {
        try {
            return Path.of(path);
        } catch (InvalidPathException e) {
            throw failure(who, what, path, "invalid file name");
        }
    }

    private static SchemeError failure(String who, String what, String path, IOException e) {
        String reason = switch (e) {
            case NoSuchFileException x -> "no such file or directory";
            case AccessDeniedException x -> "permission denied";
            case FileAlreadyExistsException x -> "file exists";
            case FileSystemException x when x.getReason() != null -> lowerFirst(x.getReason());
            default -> String.valueOf(e.getMessage());
        };
        return failure(who, what, path, reason);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static SchemeError failure(String who, String what, String path, String reason) {
        return Errors.fileError(who + ": " + what + " " + Printer.writeString(MString.of(path)) + ": " + reason);
    }
}
