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
    private final Eshkol engine;
    private final Session session;
    private int inputs;

    Repl(Eshkol engine, Session session) {
        this.engine = engine;
        this.session = session;
    }

    int run() {
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("eshkol")
                    .parser(new BalancedParser())
                    .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".eshkol_history"))
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, "... ")
                    .build();
            terminal.writer().println("Eshkol " + Eshkol.VERSION + " on the JVM. ,q or (exit) to leave.");
            while (true) {
                String text;
                try {
                    text = reader.readLine("> ");
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    return 0;
                }
                String trimmed = text.strip();
                if (trimmed.isEmpty()) continue;
                if (trimmed.equals(",q") || trimmed.equals(",quit")) return 0;
                Integer exit = session.replInput(new SourceFile("<repl-" + (++inputs) + ">", text), terminal.writer());
                terminal.writer().flush();
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
