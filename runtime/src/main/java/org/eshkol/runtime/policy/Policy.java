package org.eshkol.runtime.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the builtins that touch the world outside a script may do: open, test and delete files
 * ({@link PathRoots}), connect to hosts ({@link HostPattern}), read environment variables, and end
 * the process with {@code exit}. Immutable; built once with {@link #builder()}, which starts from
 * nothing allowed. The engine installs one per evaluation in {@link org.eshkol.runtime.DynamicState}
 * (field {@code policy}); builtins consult it through {@link Sandbox}. A thread outside any
 * evaluation has {@link #TRUSTED}.
 *
 * <p>A denied call raises an Eshkol error naming the builtin and the rule ({@link Denials}).
 */
public final class Policy {
    /** Everything: every file, host and variable; {@code exit} may end the process. The CLI's default. */
    public static final Policy TRUSTED = builder().allowAllFiles().allowAllNetwork().allowAllEnvironment().allowExit(true).build();

    /** Nothing: no file, no connection, no environment variable, {@code exit} ends only the evaluation. */
    public static final Policy UNTRUSTED = builder().build();

    private final boolean allFiles;
    private final PathRoots readRoots;
    private final PathRoots writeRoots;
    private final boolean allNetwork;
    private final List<HostPattern> hosts;
    private final boolean allEnvironment;
    private final Set<String> environment;
    private final boolean exit;

    private Policy(Builder b) {
        this.allFiles = b.allFiles;
        List<Path> readable = new ArrayList<>(b.read);
        readable.addAll(b.write); // what may be written may be read
        this.readRoots = PathRoots.of(readable);
        this.writeRoots = PathRoots.of(b.write);
        this.allNetwork = b.allNetwork;
        this.hosts = List.copyOf(b.hosts);
        this.allEnvironment = b.allEnvironment;
        this.environment = Set.copyOf(b.environment);
        this.exit = b.exit;
    }

    public static Builder builder() { return new Builder(); }

    /** A builder holding this policy's rules, to open it up further. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.allFiles = allFiles;
        b.read.addAll(readRoots.roots());
        b.write.addAll(writeRoots.roots());
        b.read.removeAll(writeRoots.roots());
        b.allNetwork = allNetwork;
        b.hosts.addAll(hosts);
        b.allEnvironment = allEnvironment;
        b.environment.addAll(environment);
        b.exit = exit;
        return b;
    }

    /**
     * The path to open for reading {@code path} on behalf of builtin {@code who}: with every file
     * allowed, null (open {@code path} as given); otherwise its resolved form ({@link PathRoots}),
     * which must lie under a read or write root, or a denial is raised.
     *
     * @param verb what the builtin does, for the message ({@code reading}, {@code testing})
     */
    public Path checkRead(String who, String verb, String path) {
        if (allFiles) return null;
        return readRoots.check(who, verb, path, "read");
    }

    /** Like {@link #checkRead} for writing, creating or deleting: {@code path} must lie under a write root. */
    public Path checkWrite(String who, String verb, String path) {
        if (allFiles) return null;
        return writeRoots.check(who, verb, path, "write");
    }

    /** Raises unless a connection to {@code host:port} is allowed. */
    public void checkConnect(String who, String host, int port) {
        if (allNetwork) return;
        for (HostPattern h : hosts) if (h.matches(host, port)) return;
        String target = host + ":" + port;
        throw hosts.isEmpty() ? Denials.denied(who, "connecting to " + target + ": no network access is allowed")
                : Denials.denied(who, "connecting to " + target + " matches no allowed host:port " + hosts);
    }

    /** Raises unless environment variable {@code name} may be read. */
    public void checkEnvironment(String who, String name) {
        if (allEnvironment || environment.contains(name)) return;
        throw environment.isEmpty() ? Denials.denied(who, "reading environment variable " + name + ": no environment access is allowed")
                : Denials.denied(who, "environment variable " + name + " is not in the allowed list " + environment);
    }

    /** Raises when no environment variable may be read at all. */
    public void checkAnyEnvironment(String who) {
        if (!allEnvironment && environment.isEmpty()) {
            throw Denials.denied(who, "reading the environment: no environment access is allowed");
        }
    }

    /** Whether environment variable {@code name} is visible (for {@code get-environment-variables}). */
    public boolean environmentVisible(String name) { return allEnvironment || environment.contains(name); }

    /** Whether {@code exit} may end the process; otherwise it ends only the evaluation. */
    public boolean allowsExit() { return exit; }

    public boolean allowsAllFiles() { return allFiles; }

    @Override
    public String toString() {
        return "Policy[files=" + (allFiles ? "all" : "read " + readRoots.roots() + " write " + writeRoots.roots())
                + ", network=" + (allNetwork ? "all" : hosts) + ", environment=" + (allEnvironment ? "all" : environment)
                + ", exit=" + exit + "]";
    }

    /** Collects rules; every {@code allow*} adds to what is allowed. Not thread-safe. */
    public static final class Builder {
        private boolean allFiles;
        private final Set<Path> read = new LinkedHashSet<>();
        private final Set<Path> write = new LinkedHashSet<>();
        private boolean allNetwork;
        private final List<HostPattern> hosts = new ArrayList<>();
        private boolean allEnvironment;
        private final Set<String> environment = new LinkedHashSet<>();
        private boolean exit;

        private Builder() {}

        /** Every file, for reading and writing. */
        public Builder allowAllFiles() { allFiles = true; return this; }

        /** Reading files and directories under {@code root} (resolved now, symbolic links included). */
        public Builder allowRead(Path root) { read.add(root); return this; }

        /** Reading, writing, creating and deleting files under {@code root}. */
        public Builder allowWrite(Path root) { write.add(root); return this; }

        /** Every host and port. */
        public Builder allowAllNetwork() { allNetwork = true; return this; }

        /** Connections matching {@code pattern}: {@code host:port}, host {@code *} or {@code *.suffix}, port {@code *}. */
        public Builder allowConnect(String pattern) { hosts.add(HostPattern.parse(pattern)); return this; }

        /** Every environment variable. */
        public Builder allowAllEnvironment() { allEnvironment = true; return this; }

        /** The environment variables of these names. */
        public Builder allowEnvironment(String... names) { environment.addAll(List.of(names)); return this; }

        /** Whether {@code exit} may end the process (the CLI's trusted behaviour). */
        public Builder allowExit(boolean allowed) { exit = allowed; return this; }

        public Policy build() { return new Policy(this); }
    }
}
