package org.eshkol.bench;

import org.eshkol.analysis.source.SourceFile;
import org.eshkol.engine.Eshkol;
import org.eshkol.runtime.Printer;

/**
 * Runs a program in Eshkol through its embedding API: a fresh {@link Eshkol} engine per program
 * compiles and runs the {@code .esk} file once (defining {@code run}), then a second compiled unit
 * {@code (run)} is what each measured run executes.
 */
public final class EshkolScheme implements Implementation {
    private final boolean escapeAnalysis;

    public EshkolScheme() { this(true); }

    /** @param escapeAnalysis false for {@code --no-escape-analysis} (every placement conservative) */
    public EshkolScheme(boolean escapeAnalysis) { this.escapeAnalysis = escapeAnalysis; }

    @Override
    public String name() { return escapeAnalysis ? "Eshkol" : "Eshkol no-EA"; }

    @Override
    public Loaded load(Program program) {
        Eshkol engine = new Eshkol(org.eshkol.engine.EshkolOptions.defaults().withEscapeAnalysis(escapeAnalysis));
        engine.compile(new SourceFile(program.id() + ".esk", program.source("esk"))).run();
        Eshkol.Compiled call = engine.compile(new SourceFile("<bench>", "(run)"));
        return new Loaded() {
            @Override
            public Object run() { return call.run(); }

            @Override
            public String show(Object result) { return Printer.writeString(result); }
        };
    }
}
