package org.eshkol.analysis.expand;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.LocalVar;
import org.eshkol.analysis.ir.Program;
import org.eshkol.analysis.read.Datum;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.analysis.source.Span;

/**
 * Lowers read datums to the core IR: resolves names to local variables or globals, expands
 * {@code syntax-rules} macros hygienically and lowers every special form. An instance keeps the
 * top-level syntactic environment, so macros defined by one {@link #expand} call stay visible to
 * the next (the REPL expands one input at a time). Errors are reported to the {@link Diagnostics}
 * and expansion continues with the next form.
 */
public final class Expander {
    /** Macro expansion steps allowed for one top-level form before it is taken to loop forever. */
    private static final int MAX_EXPANSIONS = 200_000;

    private final SyntaxEnv top = SyntaxEnv.topLevel();
    final Definitions definitions = new Definitions(this);
    final BindingForms binding = new BindingForms(this);
    final ConditionalForms conditional = new ConditionalForms(this);
    final DynamicForms dynamic = new DynamicForms(this);
    final QuasiquoteLowering quasiquote = new QuasiquoteLowering(this);
    final MacroForms macros = new MacroForms(this);
    final OwnershipForms ownership = new OwnershipForms(this);
    final RegionForms regions = new RegionForms(this);
    private Diagnostics diags;
    private int expansions;

    /** Expands a whole script with a fresh top-level environment. */
    public static Program expandProgram(SourceFile file, List<Datum> forms, Diagnostics diags) {
        return new Expander().expand(file, forms, diags);
    }

    /** Expands top-level forms in this expander's persistent top-level environment. */
    public Program expand(SourceFile file, List<Datum> forms, Diagnostics diags) {
        this.diags = diags;
        List<Core> out = new ArrayList<>();
        for (Datum d : forms) {
            expansions = 0;
            List<Definitions.Item> items = new ArrayList<>();
            Stx form = Syntax.fromDatum(d);
            try {
                guard(() -> { definitions.scan(form, top, items); return null; });
                for (Definitions.Item item : items) {
                    Core c = guard(() -> switch (item) {
                        case Definitions.Def def -> new Core.GlobalDefine(def.span(),
                                ((Binding.Global) def.target()).name(), def.init().get());
                        case Definitions.Expr e -> e.value().get();
                    });
                    if (c != null) out.add(c);
                }
            } catch (StackOverflowError e) {
                diags.add(Diagnostics.expand(form.span(), "expansion too deep (a macro that never stops expanding?)"));
            }
        }
        return new Program(file, out);
    }

    /** The top-level syntactic environment (persistent across {@link #expand} calls). */
    public SyntaxEnv topLevel() { return top; }

    // ---- shared services of the form lowerings ----

    /** Runs a lowering, reporting an error it throws; null when it threw. */
    <T> T guard(Supplier<T> lowering) {
        try {
            return lowering.get();
        } catch (ExpandError e) {
            diags.add(e.diagnostic());
        }
        return null;
    }

    /** Runs a lowering; on an error reports it and stands in the unspecified value. */
    Core guarded(Span span, Supplier<Core> lowering) {
        Core c = guard(lowering);
        return c != null ? c : new Core.Unspecified(span);
    }

    /** Expands one expression. */
    Core expr(Stx x, SyntaxEnv env) {
        return switch (x) {
            case Ident id -> variable(id, env);
            case Stx.SAtom a -> new Core.Const(a.span(), a.datum());
            case Stx.SVec v -> new Core.Const(v.span(), Syntax.toDatum(v));
            case Stx.SList l -> combination(l, env);
        };
    }

    /** Expands an expression bound to {@code name}, naming it when it is a procedure. */
    Core namedExpr(Stx x, SyntaxEnv env, String name) { return named(expr(x, env), name); }

    private Core combination(Stx.SList l, SyntaxEnv env) {
        while (true) {
            if (l.isEmpty()) throw new ExpandError(l.span(), "application: bad syntax, expected (procedure argument ...)");
            if (l.get(0) instanceof Ident head) {
                Binding b = env.resolve(head);
                if (b instanceof Binding.Special s) return SpecialForms.lower(this, s.form(), l, env);
                if (b instanceof Binding.Macro m) {
                    Stx out = macroExpand(m, l, env);
                    if (out instanceof Stx.SList ol) { l = ol; continue; }
                    return expr(out, env);
                }
            }
            return application(l, env);
        }
    }

    private Core application(Stx.SList l, SyntaxEnv env) {
        if (!l.isProper()) throw new ExpandError(l.span(), "application: bad syntax, expected (procedure argument ...)");
        Core fn = expr(l.get(0), env);
        List<Core> args = new ArrayList<>(l.size() - 1);
        for (Stx a : Syntax.rest(l, 1)) args.add(expr(a, env));
        return new Core.Call(l.span(), fn, args);
    }

    private Core variable(Ident id, SyntaxEnv env) {
        return switch (env.resolve(id)) {
            case Binding.Local l -> new Core.LocalRef(id.span(), l.var());
            case Binding.Global g -> new Core.GlobalRef(id.span(), g.name());
            case Binding.Special s -> throw new ExpandError(id.span(), s.form().badSyntax());
            case Binding.Macro m -> throw new ExpandError(id.span(),
                    id.name() + ": bad syntax, expected (" + id.name() + " ...)");
        };
    }

    /** One macro transcription step. */
    Stx macroExpand(Binding.Macro m, Stx.SList use, SyntaxEnv env) {
        if (++expansions > MAX_EXPANSIONS)
            throw new ExpandError(use.span(), "macro expansion does not terminate: " + Syntax.write(use));
        return m.transformer().expand(use, env);
    }

    /** A body (lambda, let, ...): definitions then expressions, in a new scope inside {@code env}. */
    Core body(List<Stx> forms, SyntaxEnv env, Span span) {
        SyntaxEnv frame = env.child();
        List<Definitions.Item> items = new ArrayList<>();
        for (Stx f : forms) guard(() -> { definitions.scan(f, frame, items); return null; });
        return Definitions.letrec(this, items, span);
    }

    /** A reference to what a definition bound. */
    static Core ref(Binding target, Span span) {
        return switch (target) {
            case Binding.Local l -> new Core.LocalRef(span, l.var());
            case Binding.Global g -> new Core.GlobalRef(span, g.name());
            default -> throw new IllegalStateException("not a variable: " + target);
        };
    }

    /** An assignment to what a definition bound. */
    static Core assign(Binding target, Span span, Core value) {
        return switch (target) {
            case Binding.Local l -> new Core.LocalSet(span, l.var(), value);
            case Binding.Global g -> new Core.GlobalSet(span, g.name(), value);
            default -> throw new IllegalStateException("not a variable: " + target);
        };
    }

    /** Gives an anonymous procedure the name it is bound to. */
    static Core named(Core c, String name) {
        if (c instanceof Core.Lambda l && l.name() == null)
            return new Core.Lambda(l.span(), name, l.params(), l.rest(), l.body());
        if (c instanceof Core.CaseLambda cl && cl.name() == null) {
            List<Core.Lambda> clauses = new ArrayList<>();
            for (Core.Lambda l : cl.clauses()) clauses.add((Core.Lambda) named(l, name));
            return new Core.CaseLambda(cl.span(), name, clauses);
        }
        return c;
    }

    static Core seq(Span span, List<Core> body) {
        return body.size() == 1 ? body.get(0) : new Core.Seq(span, body);
    }

    static Core prim(Span span, String name, Core... args) {
        return new Core.Call(span, new Core.PrimRef(span, LoweringPrimitives.checked(name)), List.of(args));
    }

    static Core.Lambda thunk(Span span, Core body) { return new Core.Lambda(span, null, List.of(), null, body); }

    static LocalVar temp(String name, Span span) { return new LocalVar(name, span); }
}
