package org.eshkol.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.engine.Eshkol;
import org.eshkol.engine.EshkolException;
import org.eshkol.engine.EshkolOptions;
import org.eshkol.runtime.Printer;
import org.eshkol.runtime.Unspecified;


/**
 * The {@code eshkol} command: runs a script, evaluates an expression, checks a file, or starts the
 * REPL. Scripts run on a thread with a large stack, so deep non-tail recursion works as in any
 * Scheme.
 */
public final class Main {
    /**
     * Stack of the thread that runs scripts, in MiB (system property {@code eshkol.stack.mb}): the
     * default fits a non-tail recursion a million frames deep.
     */
    static final long STACK_BYTES = Long.getLong("eshkol.stack.mb", 256) * 1024 * 1024;

    static final String USAGE = """
            Usage: eshkol [options] [FILE [ARGS...]]
                   eshkol -e EXPR
                   eshkol check FILE
                   eshkol analyze FILE    (escape analysis: where each binding and allocation lives)
            With no FILE, starts the interactive REPL.
            Options:
              -e EXPR         evaluate EXPR and print its value
              --trace PASS    print the program after PASS (%s)
              --time          print how long start-up, each pass and loading took
              --explain-ownership  note each owned value moved into a procedure the analysis cannot see
              --report-shared list the shared values still alive at exit, with counts and sites
              --no-escape-analysis  make every allocation and promotion decision the conservative default
              --help          show this help
              --version       show the version
            %s\
            """;

    private Main() {}

    public static void main(String[] args) {
        int[] code = {0};
        Thread t = new Thread(null, () -> code[0] = run(args, System.out, System.err), "eshkol-main", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.flush();
        System.exit(code[0]);
    }

    /** Runs the command with the given arguments; returns the process exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0) {
            org.eshkol.engine.spi.Subcommand sub = Subcommands.named(args[0]);
            if (sub != null) return sub.run(List.of(args).subList(1, args.length), out, err);
        }
        String trace = null;
        boolean time = false;
        boolean explainOwnership = false;
        boolean reportShared = false;
        boolean escapeAnalysis = true;
        String expr = null;
        boolean check = false;
        boolean analyze = false;
        List<String> rest = new ArrayList<>();
        SandboxFlags sandbox = new SandboxFlags();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!rest.isEmpty()) {
                rest.add(a);
                continue;
            }
            switch (a) {
                case "--help", "-h" -> {
                    out.print(USAGE.formatted(Eshkol.passNames(), SandboxFlags.USAGE));
                    if (!Subcommands.all().isEmpty()) out.println("Subcommands:");
                    for (org.eshkol.engine.spi.Subcommand sub : Subcommands.all()) out.println("  " + sub.usage());
                    return 0;
                }
                case "--version" -> {
                    out.println("eshkol " + Eshkol.VERSION + " (JVM " + Runtime.version() + ")");
                    return 0;
                }
                case "--trace" -> {
                    if (++i >= args.length) return usage(err, "--trace needs a pass name");
                    trace = args[i];
                }
                case "-e" -> {
                    if (++i >= args.length) return usage(err, "-e needs an expression");
                    expr = args[i];
                }
                case "check" -> check = true;
                case "analyze" -> analyze = true;
                case "--time" -> time = true;
                case "--explain-ownership" -> explainOwnership = true;
                case "--report-shared" -> reportShared = true;
                case "--no-escape-analysis" -> escapeAnalysis = false;
                default -> {
                    if (SandboxFlags.handles(a)) {
                        try {
                            i = sandbox.take(args, i);
                        } catch (IllegalArgumentException e) {
                            return usage(err, e.getMessage());
                        }
                        continue;
                    }
                    if (a.startsWith("-") && !a.equals("-")) return usage(err, "unknown option " + a);
                    rest.add(a);
                }
            }
        }
        Eshkol engine;
        try {
            engine = new Eshkol(EshkolOptions.defaults().withTrace(trace, err).withExplainOwnership(explainOwnership)
                    .withEscapeAnalysis(escapeAnalysis).withPolicy(sandbox.policy()));
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        Session session = Session.open(engine, out, err, rest);
        SandboxFlags.Limit limit = sandbox.startTimeLimit();
        try {
            if (expr != null) return session.evalPrint(new SourceFile("<expr>", expr));
            if (rest.isEmpty() && analyze) return usage(err, "analyze needs a file");
            if (rest.isEmpty()) return check ? usage(err, "check needs a file") : new Repl(session, System.in, out).run();
            SourceFile file;
            try {
                file = new SourceFile(rest.get(0), Files.readString(Path.of(rest.get(0)), StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                err.println("eshkol: no such file: " + rest.get(0));
                return 2;
            } catch (IOException e) {
                err.println("eshkol: cannot read " + rest.get(0) + ": " + e.getMessage());
                return 2;
            }
            if (analyze) return session.analyze(file);
            return check ? session.check(file) : session.runFile(file);
        } finally {
            limit.close();
            if (limit.fired()) err.println("eshkol: the time limit of " + sandbox.timeLimitMillis() + " ms was exceeded");
            session.close();
            if (time) err.println("eshkol: " + engine.timings());
            if (reportShared) err.println(org.eshkol.runtime.shared.SharedReport.render());
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("eshkol: " + problem);
        err.println("Try 'eshkol --help'.");
        return 2;
    }

    /** The REPL's and {@code -e}'s way of showing a value: written, nothing for unspecified. */
    static String show(Object v) {
        if (v == Unspecified.VALUE) return null;
        if (v instanceof org.eshkol.runtime.MultipleValues mv) {
            StringBuilder sb = new StringBuilder();
            for (Object x : mv.values) {
                if (!sb.isEmpty()) sb.append('\n');
                sb.append(Printer.writeString(x));
            }
            return sb.isEmpty() ? null : sb.toString();
        }
        return Printer.writeString(v);
    }

    

    static int fail(PrintStream err, EshkolException e) {
        err.println(e.render());
        return 1;
    }
}
