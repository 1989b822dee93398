package org.eshkol.runtime.io;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.policy.Policy;
import org.eshkol.runtime.policy.Sandbox;

/**
 * System interface builtins: {@code current-second current-jiffy jiffies-per-second
 * get-environment-variable get-environment-variables command-line features}. A jiffy is a nanosecond counted
 * from an arbitrary point fixed when this class loads.
 */
public final class SystemLib {
    private SystemLib() {}

    private static final long EPOCH = System.nanoTime();

    @Builtin("current-second")
    public static Object currentSecond() {
        Instant now = Instant.now();
        return now.getEpochSecond() + now.getNano() / 1e9;
    }

    @Builtin("current-jiffy")
    public static Object currentJiffy() { return System.nanoTime() - EPOCH; }

    @Builtin("jiffies-per-second")
    public static Object jiffiesPerSecond() { return 1_000_000_000L; }

    @Builtin("get-environment-variable")
    public static Object getEnvironmentVariable(Object name) {
        String n = PortArgs.string("get-environment-variable", name).toString();
        Sandbox.current().checkEnvironment("get-environment-variable", n);
        String v = System.getenv(n);
        return v == null ? Boolean.FALSE : MString.of(v);
    }

    /** An association list of (name . value) strings, sorted by name: those the sandbox policy lets the script see. */
    @Builtin("get-environment-variables")
    public static Object getEnvironmentVariables() {
        Policy policy = Sandbox.current();
        policy.checkAnyEnvironment("get-environment-variables");
        Object list = Nil.NIL;
        for (Map.Entry<String, String> e : new TreeMap<>(System.getenv()).descendingMap().entrySet()) {
            if (!policy.environmentVisible(e.getKey())) continue;
            list = new Pair(new Pair(MString.of(e.getKey()), MString.of(e.getValue())), list);
        }
        return list;
    }

    /** R7RS {@code (features)}: the feature identifiers this implementation provides, as a fresh list. */
    @Builtin("features")
    public static Object features() {
        Object list = Nil.NIL;
        String[] names = {"r7rs", "exact-closed", "ratios", "ieee-float", "full-unicode", "jvm", "eshkol"};
        for (int i = names.length - 1; i >= 0; i--) list = new Pair(org.eshkol.runtime.Symbol.intern(names[i]), list);
        return list;
    }

    /** The script name and its arguments, as a fresh list of strings. */
    @Builtin("command-line")
    public static Object commandLine() {
        Object list = Nil.NIL;
        var args = CommandLine.get();
        for (int i = args.size() - 1; i >= 0; i--) list = new Pair(MString.of(args.get(i)), list);
        return list;
    }
}
