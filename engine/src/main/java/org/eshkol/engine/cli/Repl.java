package org.eshkol.engine.cli;

import java.nio.file.Path;
import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.read.Reader;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.engine.Eshkol;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive read-eval-print loop: JLine line editing and history, input that continues until
 * its parentheses balance, results printed with {@code write}, errors reported without leaving.
 * {@code ,q} or {@code (exit)} leaves.
 */
final class Repl {
    private final Session session;
    private final java.io.InputStream in;
    private final java.io.OutputStream out;
    private int inputs;

    /**
     * @param in  where input comes from when it is not the process's console (a pipe, a test)
     * @param out where the REPL writes in that case
     */
    Repl(Session session, java.io.InputStream in, java.io.OutputStream out) {
        this.session = session;
        this.in = in;
        this.out = out;
    }

    /** With a console: JLine line editing and history. Otherwise (a pipe, a test): plain lines. */
    int run() {
        return System.console() != null && in == System.in ? interactive() : plain();
    }

    /** Reads lines until the input balances, evaluates it, prints results; no line editing. */
    private int plain() {
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        var writer = new java.io.PrintWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), true);
        writer.println(BANNER);
        StringBuilder pending = new StringBuilder();
        try {
            while (true) {
                writer.print(pending.isEmpty() ? "> " : "... ");
                writer.flush();
                String line = reader.readLine();
                if (line == null) return 0;
                pending.append(line).append('\n');
                String text = pending.toString();
                if (BalancedParser.incomplete(text)) continue;
                pending.setLength(0);
                Integer exit = evaluate(text, writer);
                if (exit != null) return exit;
            }
        } catch (java.io.IOException e) {
            System.err.println("eshkol: cannot read input: " + e.getMessage());
            return 2;
        }
    }

    private static final String BANNER = "Eshkol " + Eshkol.VERSION + " on the JVM. ,q or (exit) to leave.";

    /** One complete input: a command or forms to evaluate. Returns an exit code to leave with, or null. */
    private Integer evaluate(String text, java.io.PrintWriter writer) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) return null;
        if (trimmed.equals(",q") || trimmed.equals(",quit")) return 0;
        Integer exit = session.replInput(new SourceFile("<repl-" + (++inputs) + ">", text), writer);
        writer.flush();
        return exit;
    }

    private int interactive() {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("eshkol")
                    .parser(new BalancedParser())
                    .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".eshkol_history"))
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, "... ")
                    // Scheme text is taken literally: no history expansion of ! and no \ escapes (#\a)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            terminal.writer().println(BANNER);
            while (true) {
                String text;
                try {
                    text = reader.readLine("> ");
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    return 0;
                }
                Integer exit = evaluate(text, terminal.writer());
                if (exit != null) return exit;
            }
        } catch (java.io.IOException e) {
            System.err.println("eshkol: cannot open the terminal: " + e.getMessage());
            return 2;
        }
    }

    /** Asks JLine for more lines while the input has an unclosed list or string. */
    private static final class BalancedParser implements Parser {
        private final DefaultParser plain = new DefaultParser();

        BalancedParser() {
            plain.setEscapeChars(null);
        }

        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE && incomplete(line)) throw new EOFError(-1, -1, "incomplete input");
            return plain.parse(line, cursor, context);
        }

        static boolean incomplete(String text) {
            if (text.strip().startsWith(",")) return false;
            Diagnostics diags = new Diagnostics();
            Reader.readAll(new SourceFile("<repl>", text), diags);
            return diags.all().stream().anyMatch(d -> d.message().startsWith("unclosed")
                    || d.message().startsWith("unterminated"));
        }
    }
}
