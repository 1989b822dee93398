package org.eshkol.analysis.expand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eshkol.analysis.source.Span;

/**
 * Instantiates a {@code syntax-rules} template: pattern variables are replaced by what they matched
 * ({@code x ...} repeats, nested ellipses flatten, {@code (... ...)} escapes), and every other
 * identifier becomes an alias that is fresh to this expansion but the same for each occurrence in
 * it. New structure gets the span of the macro use.
 */
final class Transcriber {
    private final SyntaxRules rules;
    private final Map<Object, Object> bindings;
    private final Span span;
    private final Map<Object, Ident> renames = new HashMap<>();

    Transcriber(SyntaxRules rules, Map<Object, Object> bindings, Span span) {
        this.rules = rules;
        this.bindings = bindings;
        this.span = span;
    }

    Stx transcribe(Stx template) { return transcribe(template, bindings, true); }

    private Stx transcribe(Stx t, Map<Object, Object> b, boolean ellipsisActive) {
        switch (t) {
            case Ident id -> {
                if (b.containsKey(id.key())) {
                    Object v = b.get(id.key());
                    if (v instanceof Stx s) return s;
                    throw new ExpandError(span, "syntax-rules: pattern variable " + id.name()
                            + " is used with too few ellipses in the template");
                }
                return renames.computeIfAbsent(id.key(), k -> Ident.alias(id, rules.defEnv(), span));
            }
            case Stx.SAtom a -> { return a; }
            case Stx.SVec v -> { return new Stx.SVec(span, items(v.items(), b, ellipsisActive)); }
            case Stx.SList l -> {
                if (ellipsisActive && l.isProper() && l.size() == 2 && rules.isEllipsis(l.get(0)))
                    return transcribe(l.get(1), b, false);
                List<Stx> items = items(l.items(), b, ellipsisActive);
                Stx tail = l.tail() == null ? null : transcribe(l.tail(), b, ellipsisActive);
                return Stx.SList.of(span, items, tail);
            }
        }
    }

    private List<Stx> items(List<Stx> ts, Map<Object, Object> b, boolean ellipsisActive) {
        List<Stx> out = new ArrayList<>();
        int i = 0;
        while (i < ts.size()) {
            Stx sub = ts.get(i);
            int k = 0;
            while (ellipsisActive && i + 1 + k < ts.size() && rules.isEllipsis(ts.get(i + 1 + k))) k++;
            if (k == 0) out.add(transcribe(sub, b, ellipsisActive));
            else repeat(sub, k, b, out);
            i += 1 + k;
        }
        return out;
    }

    /** Appends the instances of {@code sub} followed by {@code depth} ellipses. */
    @SuppressWarnings("unchecked")
    private void repeat(Stx sub, int depth, Map<Object, Object> b, List<Stx> out) {
        List<Object> vars = new ArrayList<>();
        sequenceVars(sub, b, vars);
        if (vars.isEmpty())
            throw new ExpandError(span, "syntax-rules: no pattern variable under ellipsis in template " + Syntax.write(sub));
        int n = -1;
        for (Object v : vars) {
            int len = ((List<Object>) b.get(v)).size();
            if (n >= 0 && len != n)
                throw new ExpandError(span, "syntax-rules: pattern variables under one ellipsis matched different lengths");
            n = len;
        }
        for (int j = 0; j < n; j++) {
            Map<Object, Object> inner = new HashMap<>(b);
            for (Object v : vars) inner.put(v, ((List<Object>) b.get(v)).get(j));
            if (depth == 1) out.add(transcribe(sub, inner, true));
            else repeat(sub, depth - 1, inner, out);
        }
    }

    /** The pattern variables in a subtemplate currently bound to a sequence. */
    private void sequenceVars(Stx t, Map<Object, Object> b, List<Object> out) {
        switch (t) {
            case Ident id -> {
                if (b.get(id.key()) instanceof List && !out.contains(id.key())) out.add(id.key());
            }
            case Stx.SList l -> {
                for (Stx i : l.items()) sequenceVars(i, b, out);
                if (l.tail() != null) sequenceVars(l.tail(), b, out);
            }
            case Stx.SVec v -> { for (Stx i : v.items()) sequenceVars(i, b, out); }
            case Stx.SAtom a -> { }
        }
    }
}
