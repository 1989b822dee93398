package org.eshkol.engine;

import java.io.PrintStream;
import java.util.List;
import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.expand.Expander;
import org.eshkol.analysis.ir.CorePrinter;
import org.eshkol.analysis.ir.Program;
import org.eshkol.analysis.pass.AnalyzeVariables;
import org.eshkol.analysis.pass.CheckOwnership;
import org.eshkol.analysis.pass.AnalyzeEscapes;
import org.eshkol.analysis.pass.EscapeFacts;
import org.eshkol.analysis.pass.EscapeReport;
import org.eshkol.analysis.pass.FindSharedHolds;
import org.eshkol.analysis.pass.SharedHolds;
import org.eshkol.analysis.pass.FindLoops;
import org.eshkol.analysis.pass.VariableFacts;
import org.eshkol.analysis.read.Datum;
import org.eshkol.analysis.read.Reader;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.engine.codegen.CompiledUnit;
import org.eshkol.engine.codegen.UnitCompiler;

/**
 * The compiler pipeline, as a declared list of passes with an error gate between them:
 * <pre>
 *   read -> expand -> analyze-variables -> check-ownership -> find-loops -> codegen
 * </pre>
 * Each pass keeps going after an error and reports everything it found; the next pass runs only
 * when the previous one found nothing. {@code --trace PASS} prints the IR after that pass.
 */
final class Pipeline {
    /** The passes, in order; their names are what {@code --trace} accepts. */
    enum Pass {
        READ("read"), EXPAND("expand"), ANALYZE_VARIABLES("analyze-variables"),
        CHECK_OWNERSHIP("check-ownership"), FIND_LOOPS("find-loops"),
        FIND_SHARED_HOLDS("find-shared-holds"), ANALYZE_ESCAPES("analyze-escapes"), CODEGEN("codegen");

        final String traceName;

        Pass(String traceName) { this.traceName = traceName; }

        static Pass named(String name) {
            for (Pass p : values()) if (p.traceName.equals(name)) return p;
            return null;
        }
    }

    private final GlobalEnvironment globals;
    /** The engine's expander (its macros), made on the first expansion: a disk-cache hit never needs one. */
    private Expander expander;
    private final Pass trace;
    private final PrintStream traceOut;

    /** Print the ownership analysis's assumptions (moves into procedures it cannot see) to {@code traceOut}. */
    private final boolean explainOwnership;

    /** Whether escape analysis decides placements (else every decision is the conservative default). */
    private boolean escapeAnalysis = true;

    void escapeAnalysis(boolean on) { escapeAnalysis = on; }

    /** Ownership facts carried from one program to the next of a session (the REPL), or null. */
    private org.eshkol.analysis.pass.OwnershipMemory ownershipMemory;

    /** Makes the ownership check remember owned globals from one program to the next (a REPL session). */
    void rememberOwnership() { if (ownershipMemory == null) ownershipMemory = new org.eshkol.analysis.pass.OwnershipMemory(); }

    Pipeline(GlobalEnvironment globals, Expander expander, Pass trace, PrintStream traceOut) {
        this(globals, expander, trace, traceOut, false);
    }

    /** @param expander the engine's expander, or null for one made on the first expansion */
    Pipeline(GlobalEnvironment globals, Expander expander, Pass trace, PrintStream traceOut, boolean explainOwnership) {
        this.explainOwnership = explainOwnership;
        this.globals = globals;
        this.expander = expander;
        this.trace = trace;
        this.traceOut = traceOut;
    }

    /** Runs the front end only: the expanded program, or a CompileError with every diagnostic. */
    /** Nanoseconds spent in each pass so far, indexed by {@link Pass#ordinal()}. */
    private final long[] nanos = new long[Pass.values().length];
    private long mark;

    private void start() { mark = System.nanoTime(); }

    private void done(Pass p) {
        long now = System.nanoTime();
        nanos[p.ordinal()] += now - mark;
        mark = now;
    }

    /** {@code read 1.2 ms, expand 3.4 ms, ...}: the time each pass took, summed over every program. */
    String timings() {
        StringBuilder sb = new StringBuilder();
        for (Pass p : Pass.values()) {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append(p.traceName).append(' ').append(String.format("%.1f ms", nanos[p.ordinal()] / 1e6));
        }
        return sb.toString();
    }

    Program expand(SourceFile file) {
        start();
        Diagnostics diags = new Diagnostics();
        List<Datum> data = Reader.readAll(file, diags);
        done(Pass.READ);
        diags.throwIfAny();
        if (trace == Pass.READ) for (Datum d : data) traceOut.println(org.eshkol.analysis.read.DatumPrinter.print(d));
        if (expander == null) expander = new Expander();
        Program program = expander.expand(file, data, diags);
        done(Pass.EXPAND);
        diags.throwIfAny();
        if (trace == Pass.EXPAND) printProgram(program);
        return program;
    }

    /** The front end and every analysis pass, without code generation ({@code eshkol check}). */
    Analysed analyse(SourceFile file) { return analyse(file, false); }

    /** @param alwaysEscapes run escape analysis even on a program without regions ({@code eshkol analyze}) */
    Analysed analyse(SourceFile file, boolean alwaysEscapes) {
        Program program = expand(file);
        start();
        VariableFacts facts = AnalyzeVariables.analyze(program.forms());
        done(Pass.ANALYZE_VARIABLES);
        if (trace == Pass.ANALYZE_VARIABLES) printProgram(program);
        Diagnostics ownership = new Diagnostics();
        OwnershipHooks hooks = new OwnershipHooks();
        CheckOwnership.check(program.forms(), ownership, hooks, hooks, ownershipMemory);
        done(Pass.CHECK_OWNERSHIP);
        ownership.throwIfAny();
        if (trace == Pass.CHECK_OWNERSHIP) printProgram(program);
        var loops = FindLoops.find(program.forms(), facts);
        done(Pass.FIND_LOOPS);
        if (trace == Pass.FIND_LOOPS) traceOut.println(";; " + loops.size() + " loop(s) compiled inline");
        SharedHolds holds = FindSharedHolds.find(program.forms(), facts);
        done(Pass.FIND_SHARED_HOLDS);
        // Without regions or shared-value holders in the program its decisions would change nothing
        // (allocations outside regions go to the heap anyway), so a program without them is not
        // analysed: the pass's first run in a JVM costs tens of milliseconds of class loading.
        EscapeFacts escapes = escapeAnalysis && (alwaysEscapes || !holds.isEmpty() || usesRegions(program.forms()))
                ? AnalyzeEscapes.analyze(program.forms(), facts, loops) : EscapeFacts.conservative();
        done(Pass.ANALYZE_ESCAPES);
        if (trace == Pass.ANALYZE_ESCAPES) traceOut.print(EscapeReport.render(escapes));
        return new Analysed(program, facts, loops, holds, escapes);
    }

    /**
     * What the ownership check asks of the engine: which names are builtins, and where to explain
     * its assumptions. (A class rather than two lambdas: each lambda's bootstrap costs the first
     * compilation in a JVM about a millisecond.)
     */
    private final class OwnershipHooks implements java.util.function.Predicate<String>, java.util.function.Consumer<org.eshkol.analysis.diag.Diagnostic> {
        @Override
        public boolean test(String name) { return !GlobalEnvironment.isInternal(name) && globals.builtins().get(name) != null; }

        @Override
        public void accept(org.eshkol.analysis.diag.Diagnostic d) { if (explainOwnership) traceOut.println(d.render()); }
    }

    /** Whether the program opens regions ({@code with-region}, {@code region-open}). */
    private static boolean usesRegions(List<org.eshkol.analysis.ir.Core> forms) {
        for (org.eshkol.analysis.ir.Core f : forms) if (usesRegions(f)) return true;
        return false;
    }

    private static boolean usesRegions(org.eshkol.analysis.ir.Core node) {
        if (node instanceof org.eshkol.analysis.ir.Core.PrimRef p && p.name().equals("%with-region")) return true;
        if (node instanceof org.eshkol.analysis.ir.Core.GlobalRef g && g.name().equals("region-open")) return true;
        for (org.eshkol.analysis.ir.Core c : org.eshkol.analysis.ir.CoreNodes.children(node)) if (usesRegions(c)) return true;
        return false;
    }

    /** A program with the facts of every analysis pass. */
    record Analysed(Program program, VariableFacts facts, java.util.Set<org.eshkol.analysis.ir.Core.Letrec> loops,
                    org.eshkol.analysis.pass.SharedHolds holds, EscapeFacts escapes) {}

    CompiledUnit compile(SourceFile file) {
        Analysed a = analyse(file);
        Program program = a.program();
        var facts = a.facts();
        var loops = a.loops();
        markDefinitions(program);
        CompiledUnit unit = new UnitCompiler(globals, facts, loops, a.holds(), a.escapes(), file.name()).compile(program);
        done(Pass.CODEGEN);
        if (trace == Pass.CODEGEN) {
            traceOut.println(";; " + unit.className() + ": " + unit.classes().size() + " classes, "
                    + unit.classes().values().stream().mapToInt(b -> b.length).sum() + " bytes");
        }
        return unit;
    }

    private void printProgram(Program program) {
        for (var form : program.forms()) traceOut.println(CorePrinter.print(form));
    }

    /** Globals this program defines or assigns stop binding directly to builtins of the same name. */
    private void markDefinitions(Program program) {
        for (var form : program.forms()) DefinedGlobals.collect(form, globals);
    }
}
