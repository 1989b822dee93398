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
    @Override
    public String name() { return "Eshkol"; }

    @Override
    public Loaded load(Program program) {
        Eshkol engine = new Eshkol();
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
