package org.eshkol.engine.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.engine.Eshkol;
import org.eshkol.engine.EshkolException;
import org.eshkol.runtime.control.ExitException;
import org.eshkol.runtime.io.CommandLine;
import org.eshkol.runtime.io.Port;
import org.eshkol.runtime.io.StandardPorts;
import org.eshkol.runtime.io.TextOutputPort;

/**
 * One run of the {@code eshkol} command: the standard ports bound to the process's streams, the
 * command line, and the ways of running input (a file, an expression, REPL input) with their exit
 * codes. Output is flushed before any diagnostic is printed, so the two interleave as written.
 */
final class Session implements AutoCloseable {
    private final Eshkol engine;
    private final TextOutputPort out;
    private final TextOutputPort err;
    private final PrintStream errStream;

    private Session(Eshkol engine, TextOutputPort out, TextOutputPort err, PrintStream errStream) {
        this.engine = engine;
        this.out = out;
        this.err = err;
        this.errStream = errStream;
    }

    static Session open(Eshkol engine, PrintStream out, PrintStream err, List<String> commandLine) {
        TextOutputPort o = Port.ofTextOutput(out, false);
        TextOutputPort e = Port.ofTextOutput(err, true);
        StandardPorts.setDefaults(Port.ofTextInput(System.in), o, e);
        CommandLine.set(commandLine.isEmpty() ? List.of("eshkol") : commandLine);
        return new Session(engine, o, e, err);
    }

    int runFile(SourceFile file) {
        try {
            engine.eval(file);
            return 0;
        } catch (EshkolException e) {
            return report(e);
        } catch (ExitException e) {
            return e.code();
        } finally {
            flush();
        }
    }

    /** {@code eshkol analyze FILE}: prints the escape analysis report. */
    int analyze(SourceFile file) {
        try {
            out.write(engine.analyzeEscapes(file));
            return 0;
        } catch (EshkolException e) {
            return report(e);
        }
    }

    int check(SourceFile file) {
        try {
            engine.check(file);
            return 0;
        } catch (EshkolException e) {
            return report(e);
        }
    }

    int evalPrint(SourceFile file) {
        try {
            for (Object v : engine.evalEach(file)) {
                String shown = Main.show(v);
                if (shown != null) {
                    flush();
                    out.write(shown + "\n");
                }
            }
            return 0;
        } catch (EshkolException e) {
            return report(e);
        } catch (ExitException e) {
            return e.code();
        } finally {
            flush();
        }
    }

    /** Evaluates one REPL input, printing values and errors; returns an exit code to leave with, or null. */
    Integer replInput(SourceFile file, PrintWriter terminal) {
        engine.rememberOwnershipAcrossPrograms();
        try {
            Eshkol.Compiled c = engine.compile(file);
            for (int i = 0; i < c.formCount(); i++) {
                Object v = c.runForm(i);
                flush();
                String shown = Main.show(v);
                if (shown != null) terminal.println(shown);
            }
        } catch (EshkolException e) {
            flush();
            terminal.println(e.render());
        } catch (ExitException e) {
            flush();
            return e.code();
        }
        flush();
        return null;
    }

    private int report(EshkolException e) {
        flush();
        errStream.println(e.render());
        errStream.flush();
        return 1;
    }

    void flush() {
        out.flush();
        err.flush();
    }

    @Override
    public void close() { flush(); }
}
