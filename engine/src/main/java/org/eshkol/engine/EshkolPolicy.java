package org.eshkol.engine;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.eshkol.engine.interop.ClassFilter;
import org.eshkol.runtime.policy.Policy;

/**
 * What scripts of an engine may do to their host: the runtime's {@link Policy} (files, network,
 * environment variables, {@code exit}), which builtins consult, and the Java {@link ClassFilter}
 * interop goes through. Immutable; from a preset or {@link #builder()}, which starts from
 * {@link #untrusted()}: nothing allowed, interop included.
 *
 * <ul>
 *   <li>{@link #trusted()}: everything, as the CLI without {@code --sandbox}: every file, host and
 *       environment variable, every Java class, and {@code exit} ends the process.</li>
 *   <li>{@link #untrusted()}: no file, no connection, no environment variable, no Java class;
 *       {@code exit} ends only the evaluation.</li>
 * </ul>
 *
 * Handed to an engine with {@link EshkolOptions#withPolicy}; JSR-223 users without access to this
 * class set the system property {@value #SYSTEM_PROPERTY} ({@code trusted} or {@code untrusted}).
 */
public final class EshkolPolicy {
    /** System property read when a JSR-223 engine is created: {@code trusted} (the default) or {@code untrusted}. */
    public static final String SYSTEM_PROPERTY = "eshkol.sandbox";

    private static final EshkolPolicy TRUSTED = new EshkolPolicy(Policy.TRUSTED, ClassFilter.ALL);
    private static final EshkolPolicy UNTRUSTED = new EshkolPolicy(Policy.UNTRUSTED, ClassFilter.NONE);

    private final Policy runtime;
    private final ClassFilter classFilter;

    private EshkolPolicy(Policy runtime, ClassFilter classFilter) {
        this.runtime = Objects.requireNonNull(runtime);
        this.classFilter = Objects.requireNonNull(classFilter);
    }

    public static EshkolPolicy trusted() { return TRUSTED; }

    public static EshkolPolicy untrusted() { return UNTRUSTED; }

    /** A builder that starts from {@link #untrusted()}. */
    public static Builder builder() { return new Builder(Policy.UNTRUSTED.toBuilder(), ClassFilter.NONE); }

    /** A builder holding this policy, to open it up further. */
    public Builder toBuilder() { return new Builder(runtime.toBuilder(), classFilter); }

    /** The part the runtime's builtins consult. */
    public Policy runtime() { return runtime; }

    /** The Java classes scripts may reach. */
    public ClassFilter classFilter() { return classFilter; }

    /** Whether {@code exit} may end the process rather than only the evaluation. */
    public boolean allowsExit() { return runtime.allowsExit(); }

    /**
     * The preset the system property {@value #SYSTEM_PROPERTY} names ({@link #trusted()} when it is
     * not set).
     *
     * @throws IllegalArgumentException for any other value
     */
    public static EshkolPolicy fromSystemProperty() {
        String v = System.getProperty(SYSTEM_PROPERTY);
        if (v == null) return TRUSTED;
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "trusted", "" -> TRUSTED;
            case "untrusted" -> UNTRUSTED;
            default -> throw new IllegalArgumentException(SYSTEM_PROPERTY + " must be trusted or untrusted, got " + v);
        };
    }

    @Override
    public String toString() {
        if (this == TRUSTED) return "EshkolPolicy.trusted";
        if (this == UNTRUSTED) return "EshkolPolicy.untrusted";
        return "EshkolPolicy[" + runtime + ", classFilter=" + classFilter + "]";
    }

    /** Collects rules; every {@code allow*} adds to what is allowed. Not thread-safe. */
    public static final class Builder {
        private final Policy.Builder runtime;
        private ClassFilter classFilter;

        private Builder(Policy.Builder runtime, ClassFilter classFilter) {
            this.runtime = runtime;
            this.classFilter = classFilter;
        }

        /** Reading files and directories under {@code root}. */
        public Builder allowRead(Path root) { runtime.allowRead(root); return this; }

        /** Reading, writing, creating and deleting files under {@code root}. */
        public Builder allowWrite(Path root) { runtime.allowWrite(root); return this; }

        /** Every file. */
        public Builder allowAllFiles() { runtime.allowAllFiles(); return this; }

        /** {@code tcp-connect} to {@code host:port} ({@code *} and {@code *.suffix} hosts, {@code *} port). */
        public Builder allowConnect(String hostPort) { runtime.allowConnect(hostPort); return this; }

        /** Every host and port. */
        public Builder allowAllNetwork() { runtime.allowAllNetwork(); return this; }

        /** Environment variables of these names. */
        public Builder allowEnvironment(String... names) { runtime.allowEnvironment(names); return this; }

        /** Every environment variable. */
        public Builder allowAllEnvironment() { runtime.allowAllEnvironment(); return this; }

        /** Whether {@code exit} may end the process. */
        public Builder allowExit(boolean allowed) { runtime.allowExit(allowed); return this; }

        /** The Java classes scripts may reach (the default here: none). */
        public Builder classFilter(ClassFilter filter) { classFilter = Objects.requireNonNull(filter); return this; }

        public EshkolPolicy build() { return new EshkolPolicy(runtime.build(), classFilter); }
    }
}
