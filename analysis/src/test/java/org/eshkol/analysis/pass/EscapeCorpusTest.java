package org.eshkol.analysis.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.expand.Expander;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.CoreNodes;
import org.eshkol.analysis.ir.Program;
import org.eshkol.analysis.pass.EscapeFacts.Alloc;
import org.eshkol.analysis.pass.EscapeFacts.Escape;
import org.eshkol.analysis.read.Reader;
import org.eshkol.analysis.source.SourceFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the escape analysis over every program of the engine's conformance corpus that expands
 * cleanly: it must finish, every report line must have the fixed format, and every allocation
 * decision must agree with the site's category. {@code -Descape.print=PATH-PART} prints the reports of
 * the files whose path contains PATH-PART (for review).
 */
class EscapeCorpusTest {
    private static final Path CORPUS = Path.of("../engine/src/test/esk");
    private static final Pattern LINE = Pattern.compile(
            "\\d+:\\d+ \\S+ escape=(none|return|closure|global) alloc=(stack|region|caller-region|shared)");

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".esk")).sorted().toList();
        }
        assertTrue(files.size() > 300, "corpus not found at " + CORPUS.toAbsolutePath());
        return files.stream().map(p -> DynamicTest.dynamicTest(CORPUS.relativize(p).toString(), () -> check(p)));
    }

    private static void check(Path p) throws IOException {
        SourceFile file = new SourceFile(p.getFileName().toString(), Files.readString(p));
        Diagnostics diags = new Diagnostics();
        Program program = Expander.expandProgram(file, Reader.readAll(file, diags), diags);
        if (diags.hasErrors()) return; // the corpus's compile-error programs
        EscapeFacts facts = AnalyzeEscapes.analyze(program);
        String report = EscapeReport.render(facts);
        if (p.toString().contains(System.getProperty("escape.print", "\0"))) System.out.println("==== " + p + "\n" + report);
        for (String line : report.split("\n")) {
            if (line.startsWith("summary:") || line.startsWith("promotions") || line.startsWith("  ")) continue;
            assertTrue(LINE.matcher(line).matches(), "bad report line: " + line);
        }
        for (Core f : program.forms()) agree(f, facts);
    }

    private static void agree(Core node, EscapeFacts facts) {
        if (node instanceof Core.Call c && facts.escapeOf(c) != null) {
            Escape e = facts.escapeOf(c);
            Alloc a = facts.allocationOf(c);
            boolean arena = c.fn() instanceof Core.GlobalRef g && EscapeBuiltins.ARENA.contains(g.name());
            boolean ok = !arena ? a == Alloc.REGION : switch (e) {
                case NONE -> a == Alloc.REGION;
                case RETURN -> a == Alloc.REGION || a == Alloc.CALLER_REGION;
                case CLOSURE, GLOBAL -> a == Alloc.SHARED;
            };
            assertTrue(ok, c.span() + ": " + e + (arena ? " arena" : " heap") + " site allocated " + a);
        }
        if (node instanceof Core.Call c && c.fn() instanceof Core.PrimRef pr && pr.name().equals("%with-region")
                && !facts.promoteAtExit(c)) {
            assertEquals(0, facts.promotions().stream().filter(x -> x.span().equals(c.span())).count());
        }
        for (Core child : CoreNodes.children(node)) agree(child, facts);
    }
}
