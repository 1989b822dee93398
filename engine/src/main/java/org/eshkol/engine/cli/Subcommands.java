package org.eshkol.engine.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.eshkol.engine.spi.Subcommand;

/** The subcommands other modules provide ({@link Subcommand}), found once on the engine's class path. */
final class Subcommands {
    private Subcommands() {}

    private static final class Holder {
        static final List<Subcommand> ALL = load();
    }

    private static List<Subcommand> load() {
        List<Subcommand> out = new ArrayList<>();
        for (Subcommand s : ServiceLoader.load(Subcommand.class, Subcommands.class.getClassLoader())) out.add(s);
        return List.copyOf(out);
    }

    static List<Subcommand> all() { return Holder.ALL; }

    /** The subcommand called {@code word}, or null. */
    static Subcommand named(String word) {
        if (word.startsWith("-")) return null;
        for (Subcommand s : all()) if (s.name().equals(word)) return s;
        return null;
    }
}
