package org.eshkol.runtime.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Directories a policy allows, and the check of a path against them. A path is resolved before it
 * is compared: made absolute and normalised, then the nearest ancestor that exists (the path itself
 * when it exists; a symbolic link counts as existing) is replaced by its real path
 * ({@link Path#toRealPath}, every link followed), and the names that do not exist yet are appended.
 * The builtin then opens the resolved path, not the text it was given, so a {@code ..} after a
 * symbolic link or a link inside a root that points out of it cannot reach past the check. A
 * dangling link is refused (what opening it would create is not known).
 */
final class PathRoots {
    private final List<Path> given;
    private final List<Path> resolved;

    private PathRoots(List<Path> given, List<Path> resolved) {
        this.given = given;
        this.resolved = resolved;
    }

    static PathRoots of(java.util.Collection<Path> roots) {
        List<Path> r = new ArrayList<>();
        for (Path p : roots) {
            Path real = resolve(p);
            if (real == null) throw new IllegalArgumentException("sandbox root cannot be resolved: " + p);
            r.add(real);
        }
        return new PathRoots(List.copyOf(roots), List.copyOf(r));
    }

    /** The roots as given to the builder. */
    List<Path> roots() { return given; }

    /**
     * The resolved form of {@code path}, which lies under one of the roots; else raises a denial.
     *
     * @param kind {@code read} or {@code write}, for the message
     */
    Path check(String who, String verb, String path, String kind) {
        Path p;
        try {
            p = Path.of(path);
        } catch (InvalidPathException e) {
            throw Denials.denied(who, verb + " " + path + ": not a valid file name");
        }
        if (resolved.isEmpty()) throw Denials.denied(who, verb + " " + path + ": no file access is allowed");
        Path real = resolve(p);
        if (real == null) throw Denials.denied(who, verb + " " + path + ": the path goes through a dangling symbolic link");
        for (Path root : resolved) if (real.startsWith(root)) return real;
        String shown = real.toString().equals(path) ? path : path + " (" + real + ")";
        throw Denials.denied(who, verb + " " + shown + " is outside the allowed " + kind + " roots " + resolved);
    }

    /** The resolved form of {@code p}, or null when an existing part of it is a dangling link or unreadable. */
    static Path resolve(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) existing = existing.getParent();
        if (existing == null) return abs; // nothing exists, not even the root: nothing to resolve
        Path real;
        try {
            real = existing.toRealPath();
        } catch (IOException | SecurityException e) {
            return null;
        }
        return real.resolve(existing.relativize(abs));
    }
}
