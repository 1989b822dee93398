package org.eshkol.analysis.expand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eshkol.analysis.ir.LocalVar;

/**
 * A parsed formals list: {@code (a b)}, {@code (a . r)} or {@code r}. Checks that every element is
 * an identifier and that none repeats.
 */
record Formals(List<Ident> required, Ident rest) {
    /** Parses formals; {@code what} names a repeat in the diagnostic ({@code lambda: duplicate parameter x}). */
    static Formals parse(Stx formals, SpecialForm kw, String what) {
        List<Ident> required = new ArrayList<>();
        Stx tail;
        if (formals instanceof Stx.SList l) {
            for (Stx p : l.items()) {
                if (!(p instanceof Ident id)) throw ExpandError.bad(kw, p);
                required.add(id);
            }
            tail = l.tail();
        } else {
            tail = formals;
        }
        Ident rest = null;
        if (tail != null) {
            if (!(tail instanceof Ident id)) throw ExpandError.bad(kw, tail);
            rest = id;
        }
        Set<Object> seen = new HashSet<>();
        List<Ident> all = new ArrayList<>(required);
        if (rest != null) all.add(rest);
        for (Ident id : all)
            if (!seen.add(id.key())) throw new ExpandError(id.span(), kw.keyword() + ": duplicate " + what + " " + id.name());
        return new Formals(required, rest);
    }

    /** Binds the formals to fresh variables in {@code frame}; the rest variable (or null) is last. */
    List<LocalVar> bind(SyntaxEnv frame) {
        List<LocalVar> vars = new ArrayList<>();
        for (Ident id : required) vars.add(bindOne(id, frame));
        vars.add(rest == null ? null : bindOne(rest, frame));
        return vars;
    }

    static LocalVar bindOne(Ident id, SyntaxEnv frame) {
        LocalVar v = new LocalVar(id.name(), id.span());
        frame.bind(id, new Binding.Local(v));
        return v;
    }
}
