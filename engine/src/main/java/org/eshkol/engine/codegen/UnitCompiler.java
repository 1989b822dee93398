package org.eshkol.engine.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.pass.EscapeFacts;
import org.eshkol.analysis.ir.LocalVar;
import org.eshkol.analysis.ir.Program;
import org.eshkol.analysis.pass.VariableFacts;
import org.eshkol.analysis.read.Datum;
import org.eshkol.analysis.source.Span;
import org.eshkol.engine.GlobalEnvironment;
import org.eshkol.engine.builtins.BuiltinInfo;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

/**
 * Analysed core IR of one program -> the classes of one compilation unit: a unit class
 * {@code esk/U<n>} with a static method {@code form<i>(Global[])} per top-level form and the unit's
 * constants, plus one {@code Procedure} subclass per lambda ({@code esk/U<n>$<name>$<k>}).
 *
 * <p>Globals are not baked into the code: a unit names the globals it uses
 * ({@link CompiledUnit#globalNames()}), and runs against the cells of any environment, passed to
 * each form method as an array and kept by every closure it creates. So one compiled program runs in
 * many environments (JSR-223 bindings) at once.
 */
public final class UnitCompiler {
    private static final AtomicLong UNITS = new AtomicLong();

    private final GlobalEnvironment env;
    private final VariableFacts facts;
    private final java.util.Set<Core.Letrec> loops;
    private final org.eshkol.analysis.pass.SharedHolds holds;
    private final EscapeFacts escapes;
    private final String className;
    private final String fileName;
    private final ConstantTable constants = new ConstantTable();
    private final Map<String, byte[]> classes = new LinkedHashMap<>();
    private final Map<String, int[]> sites = new java.util.HashMap<>();
    private final List<String> globalNames = new java.util.ArrayList<>();
    private final Map<String, Integer> globalIndexes = new java.util.HashMap<>();
    private final Map<LocalVar, Boolean> boxed = new IdentityHashMap<>();
    private final Map<LocalVar, Boolean> letrecBoxed = new IdentityHashMap<>();
    private final DatumConverter datums = new DatumConverter();
    private int lambdas;

    public UnitCompiler(GlobalEnvironment env, VariableFacts facts, java.util.Set<Core.Letrec> loops,
                        org.eshkol.analysis.pass.SharedHolds holds, EscapeFacts escapes, String fileName) {
        this.env = env;
        this.facts = facts;
        this.loops = loops;
        this.holds = holds;
        this.escapes = escapes;
        this.fileName = fileName;
        this.className = "esk/U" + UNITS.incrementAndGet();
    }

    /** Compiles every top-level form; the result is ready to load. */
    public CompiledUnit compile(Program program) {
        ClassWriter cw = Emit.classWriter();
        cw.visit(V21, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, className, null, Emit.OBJ, null);
        cw.visitSource(fileName, null);
        List<Core> forms = program.forms();
        for (int i = 0; i < forms.size(); i++) {
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "form" + i,
                    "(" + Emit.GLOBALS_DESC + ")Ljava/lang/Object;", null, null);
            mv.visitCode();
            MethodCompiler mc = new MethodCompiler(this, mv, null, null, 1);
            // VALUE, not TAIL: a top-level call runs its trampoline here, so the form's frame (file
            // and line) stays on the stack for error reports.
            mc.emit(forms.get(i), Ctx.VALUE);
            mv.visitInsn(ARETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            addSites(className, "form" + i, mc.siteTable());
        }
        constants.emit(cw, className);
        cw.visitEnd();
        classes.put(className, cw.toByteArray());
        return new CompiledUnit(className, Map.copyOf(classes), constants.values(), forms.size(), fileName,
                Map.copyOf(sites), globalNames.toArray(new String[0]));
    }

    String className() { return className; }

    String fileName() { return fileName; }

    VariableFacts facts() { return facts; }

    /**
     * Whether a closure created from {@code l} may outlive the scope that creates it; true unless
     * escape analysis proved otherwise (a lambda passed to for-each, called in place).
     */
    boolean closureMayOutlive(Core.Lambda l) {
        return escapes.isConservative() || escapes.escapeOf(l) != EscapeFacts.Escape.NONE;
    }

    /** Where escape analysis places an arena-allocating call's value (REGION: the default). */
    EscapeFacts.Alloc allocationOf(Core.Call site) { return escapes.allocationOf(site); }

    /** False when escape analysis proved a store's value holds no arena value of an open region. */
    boolean promoteAtStore(Core store) { return escapes.promoteAtStore(store); }

    /** True when the call is of a known record setter and its store may skip the promotion walk. */
    boolean isProvenRecordStore(Core.Call call) { return escapes.isProvenRecordStore(call); }

    /** False when escape analysis proved a with-region's result holds none of its arena values. */
    boolean promoteAtExit(Core.Call withRegion) { return escapes.promoteAtExit(withRegion); }

    /** Which bindings give back a shared value's count when their scope exits (Tier 4). */
    org.eshkol.analysis.pass.SharedHolds holds() { return holds; }

    /** Whether a letrec is a loop to compile inline (see {@code FindLoops}). */
    boolean isLoop(Core.Letrec l) { return loops.contains(l); }

    void addClass(String name, byte[] bytes) { classes.put(name, bytes); }

    /** Records a method's call-site table ({offset, line, column} triples) for error positions. */
    void addSites(String owner, String method, int[] table) {
        if (table.length > 0) sites.put(owner.replace('/', '.') + "#" + method, table);
    }

    ClosureCompiler.Compiled compileLambda(Core.Lambda l, SelfInfo self) {
        String base = l.name() == null ? "lambda" : Emit.mangle(l.name());
        return ClosureCompiler.compile(this, l, self, className + "$" + base + "$" + (++lambdas));
    }

    /**
     * Decides, once, whether a variable lives in a box: when it is assigned and captured, or when it
     * is captured and {@code forceIfCaptured} (a letrec group whose inits are not all lambdas).
     */
    boolean decideBoxed(LocalVar v, boolean forceIfCaptured) {
        boolean b = facts.isBoxed(v) || (forceIfCaptured && facts.isCaptured(v));
        boxed.put(v, b);
        return b;
    }

    /** Boxed letrec variables: a closure may read them before their init ran, so reads are checked. */
    void markLetrecBoxed(LocalVar v) { letrecBoxed.put(v, Boolean.TRUE); }

    boolean isLetrecBoxed(LocalVar v) { return letrecBoxed.containsKey(v); }

    boolean isBoxed(LocalVar v) {
        Boolean b = boxed.get(v);
        if (b == null) throw new IllegalStateException("boxing not decided for " + v);
        return b;
    }

    /** The index of a global in this unit's cell array ({@link CompiledUnit#globalNames()}). */
    int globalIndex(String name) {
        Integer i = globalIndexes.get(name);
        if (i == null) {
            i = globalNames.size();
            globalNames.add(name);
            globalIndexes.put(name, i);
        }
        return i;
    }

    /** The field holding a constant for a quoted datum. */
    String constant(Datum d) { return constants.object(datums.convert(d)); }

    BuiltinInfo directBuiltin(String name) { return env.directBuiltin(name); }

    /** The builtin a call's operator names directly, or null. */
    BuiltinInfo directBuiltin(Core fn) {
        // instanceof rather than a pattern switch: each switch's bootstrap costs the first compilation in a JVM
        if (fn instanceof Core.PrimRef p) return primitive(p.name(), p.span());
        if (fn instanceof Core.GlobalRef g) return directBuiltin(g.name());
        return null;
    }

    /**
     * Whether a global name is a Java interop reference ({@code java.lang.Math:max},
     * {@code .length}): interop syntax, and neither a builtin nor defined by a script.
     */
    boolean isInterop(String name) {
        return org.eshkol.engine.interop.InteropSyntax.isInterop(name) && env.builtins().get(name) == null
                && !env.isUserDefined(name);
    }

    BuiltinInfo directBuiltinValue(String name) { return env.directBuiltinValue(name); }

    /** The builtin a {@code PrimRef} names; a missing one is a compiler bug, reported with its position. */
    BuiltinInfo primitive(String name, Span span) {
        BuiltinInfo b = env.builtins().get(name);
        if (b == null) {
            Diagnostics d = new Diagnostics();
            d.add(Diagnostics.compile(span, "internal: no runtime builtin named " + name));
            d.throwIfAny();
        }
        return b;
    }

    /** The field holding the procedure object of a builtin used as a value. */
    String builtinProcedure(BuiltinInfo b) {
        return constants.object(env.builtins().procedure(b));
    }

}
