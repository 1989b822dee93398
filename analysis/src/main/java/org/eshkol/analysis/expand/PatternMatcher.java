package org.eshkol.analysis.expand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eshkol.analysis.source.Span;

/**
 * Matches a macro use against a {@code syntax-rules} pattern. A variable binds to the syntax it
 * matched; under an ellipsis, to a {@code List} with one element per repetition (nested for nested
 * ellipses). Literals match identifiers with the same binding (free-identifier=?).
 */
final class PatternMatcher {
    private final SyntaxRules rules;
    private final SyntaxEnv useEnv;
    private final Span span;

    PatternMatcher(SyntaxRules rules, SyntaxEnv useEnv, Span span) {
        this.rules = rules;
        this.useEnv = useEnv;
        this.span = span;
    }

    /** The bindings of a match, or null when the pattern does not match. */
    Map<Object, Object> match(Stx pattern, Stx input) {
        Map<Object, Object> b = new HashMap<>();
        return match(pattern, input, b) ? b : null;
    }

    private boolean match(Stx p, Stx x, Map<Object, Object> b) {
        switch (p) {
            case Ident id -> {
                if (SyntaxRules.isUnderscore(id) && !rules.isLiteral(id)) return true;
                if (rules.isLiteral(id))
                    return x instanceof Ident xi && rules.defEnv().resolve(id).equals(useEnv.resolve(xi));
                b.put(id.key(), x);
                return true;
            }
            case Stx.SAtom a -> { return x instanceof Stx.SAtom xa && Syntax.sameDatum(a.datum(), xa.datum()); }
            case Stx.SVec v -> { return x instanceof Stx.SVec xv && matchItems(v.items(), null, xv.items(), null, b); }
            case Stx.SList l -> {
                if (!(x instanceof Stx.SList xl)) return false;
                if (l.isEmpty()) return xl.isEmpty();
                return matchItems(l.items(), l.tail(), xl.items(), xl.tail(), b);
            }
        }
    }

    private boolean matchItems(List<Stx> ps, Stx ptail, List<Stx> xs, Stx xtail, Map<Object, Object> b) {
        int ell = -1;
        for (int i = 0; i + 1 < ps.size(); i++) if (rules.isEllipsis(ps.get(i + 1))) { ell = i; break; }
        if (ell < 0) {
            if (ptail == null ? xtail != null || xs.size() != ps.size() : xs.size() < ps.size()) return false;
            for (int i = 0; i < ps.size(); i++) if (!match(ps.get(i), xs.get(i), b)) return false;
            return ptail == null || match(ptail, Stx.SList.of(span, xs.subList(ps.size(), xs.size()), xtail), b);
        }
        List<Stx> after = ps.subList(ell + 2, ps.size());
        int min = ell + after.size();
        if (xs.size() < min || (ptail == null && xtail != null)) return false;
        int count = xs.size() - min;
        for (int i = 0; i < ell; i++) if (!match(ps.get(i), xs.get(i), b)) return false;
        Stx rep = ps.get(ell);
        List<Map<Object, Object>> reps = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            Map<Object, Object> rb = new HashMap<>();
            if (!match(rep, xs.get(ell + k), rb)) return false;
            reps.add(rb);
        }
        for (Object var : varsOf(rep)) {
            List<Object> seq = new ArrayList<>(count);
            for (Map<Object, Object> rb : reps) seq.add(rb.get(var));
            b.put(var, seq);
        }
        for (int i = 0; i < after.size(); i++) if (!match(after.get(i), xs.get(ell + count + i), b)) return false;
        return ptail == null || match(ptail, xtail == null ? Stx.SList.of(span, List.of(), null) : xtail, b);
    }

    /** The pattern variables in a subpattern. */
    private List<Object> varsOf(Stx p) {
        List<Object> out = new ArrayList<>();
        collect(p, out);
        return out;
    }

    private void collect(Stx p, List<Object> out) {
        switch (p) {
            case Ident id -> {
                if (!rules.isEllipsis(id) && !rules.isLiteral(id) && !SyntaxRules.isUnderscore(id)) out.add(id.key());
            }
            case Stx.SList l -> {
                for (Stx i : l.items()) collect(i, out);
                if (l.tail() != null) collect(l.tail(), out);
            }
            case Stx.SVec v -> { for (Stx i : v.items()) collect(i, out); }
            case Stx.SAtom a -> { }
        }
    }
}
