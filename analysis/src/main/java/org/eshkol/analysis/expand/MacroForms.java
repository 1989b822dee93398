package org.eshkol.analysis.expand;

import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.read.Datum;

/**
 * The macro-definition forms: {@code define-syntax}, {@code let-syntax}, {@code letrec-syntax}
 * (each binding a {@code syntax-rules} transformer or another keyword), and {@code syntax-error}.
 */
final class MacroForms {
    private final Expander ex;

    MacroForms(Expander ex) { this.ex = ex; }

    /** Binds the macro in the definition context {@code env} (top level or a body). */
    void defineSyntax(Stx.SList l, SyntaxEnv env) {
        SpecialForm kw = SpecialForm.DEFINE_SYNTAX;
        if (Syntax.listOf(l, 3) == null || !(l.get(1) instanceof Ident name)) throw ExpandError.bad(kw, l);
        Binding b = transformer(l.get(2), env, kw);
        if (env.isTopLevel()) {
            env.bindName(name.name(), b);
        } else {
            if (env.bindsHere(name)) throw new ExpandError(name.span(), "define-syntax: duplicate definition " + name.name());
            env.bind(name, b);
        }
    }

    /** {@code let-syntax} (transformers see the outer scope) and {@code letrec-syntax} (their own). */
    Core letSyntax(Stx.SList l, SyntaxEnv env, boolean recursive) {
        SpecialForm kw = recursive ? SpecialForm.LETREC_SYNTAX : SpecialForm.LET_SYNTAX;
        Stx.SList bs = Syntax.properList(l, 3) == null ? null : Syntax.properList(l.get(1), 0);
        if (bs == null) throw ExpandError.bad(kw, l);
        SyntaxEnv frame = env.child();
        for (Stx b : bs.items()) {
            Stx.SList pair = Syntax.listOf(b, 2);
            if (pair == null || !(pair.get(0) instanceof Ident name)) throw ExpandError.bad(kw, b);
            if (frame.bindsHere(name)) throw new ExpandError(name.span(), kw.keyword() + ": duplicate binding " + name.name());
            frame.bind(name, transformer(pair.get(1), recursive ? frame : env, kw));
        }
        return ex.body(Syntax.rest(l, 2), frame, l.span());
    }

    /** A transformer spec: {@code (syntax-rules ...)}, or a keyword to alias. */
    private Binding transformer(Stx spec, SyntaxEnv env, SpecialForm kw) {
        if (spec instanceof Ident id) {
            Binding b = env.resolve(id);
            if (b instanceof Binding.Macro || b instanceof Binding.Special) return b;
        } else if (spec instanceof Stx.SList l && !l.isEmpty()
                && ConditionalForms.isKeyword(l.get(0), env, SpecialForm.SYNTAX_RULES)) {
            return new Binding.Macro(SyntaxRules.parse(l, env));
        }
        throw ExpandError.bad(kw, spec);
    }

    /** {@code (syntax-error "message" irritant ...)}: reports the message and the irritants. */
    Core syntaxError(Stx.SList l) {
        if (Syntax.properList(l, 2) == null || !(l.get(1) instanceof Stx.SAtom a && a.datum() instanceof Datum.Str msg))
            throw ExpandError.bad(SpecialForm.SYNTAX_ERROR, l);
        StringBuilder text = new StringBuilder(msg.value());
        for (Stx irritant : Syntax.rest(l, 2)) text.append(' ').append(Syntax.write(irritant));
        throw new ExpandError(l.span(), text.toString());
    }
}
