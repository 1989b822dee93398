package org.eshkol.analysis.expand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code syntax-rules} transformer: literals, rules and the environment it was defined in. A use
 * is matched against each rule's pattern in order ({@link PatternMatcher}) and the first match's
 * template is instantiated ({@link Transcriber}) with fresh aliases for the identifiers the
 * template introduces, which is what makes the expansion hygienic.
 */
public final class SyntaxRules {
    private static final SpecialForm KW = SpecialForm.SYNTAX_RULES;

    /** One rule; {@code pattern} is the pattern without its keyword position. */
    record Rule(Stx pattern, Stx template, Set<Object> vars) {}

    private final String ellipsis;
    private final Set<Object> literals;
    private final SyntaxEnv defEnv;
    private final List<Rule> rules;

    private SyntaxRules(String ellipsis, Set<Object> literals, SyntaxEnv defEnv, List<Rule> rules) {
        this.ellipsis = ellipsis;
        this.literals = literals;
        this.defEnv = defEnv;
        this.rules = rules;
    }

    /** Parses {@code (syntax-rules [ellipsis] (literal ...) (pattern template) ...)} defined in {@code env}. */
    static SyntaxRules parse(Stx.SList spec, SyntaxEnv env) {
        if (Syntax.properList(spec, 2) == null) throw ExpandError.bad(KW, spec);
        int at = 1;
        String ellipsis = "...";
        if (spec.get(1) instanceof Ident custom) {
            ellipsis = custom.name();
            at = 2;
        }
        Stx.SList lits = spec.size() > at ? Syntax.properList(spec.get(at), 0) : null;
        if (lits == null) throw ExpandError.bad(KW, spec);
        Set<Object> literals = new HashSet<>();
        for (Stx lit : lits.items()) {
            if (!(lit instanceof Ident id)) throw ExpandError.bad(KW, lit);
            literals.add(id.key());
            if (id.name().equals(ellipsis)) ellipsis = null;
        }
        SyntaxRules sr = new SyntaxRules(ellipsis, literals, env, new ArrayList<>());
        for (Stx r : Syntax.rest(spec, at + 1)) {
            Stx.SList rule = Syntax.listOf(r, 2);
            if (rule == null || !(rule.get(0) instanceof Stx.SList p) || p.isEmpty()) throw ExpandError.bad(KW, r);
            Stx pattern = p.drop(1, p.span());
            Map<Object, Integer> depths = new HashMap<>();
            sr.checkPattern(pattern, 0, depths);
            sr.rules.add(new Rule(pattern, rule.get(1), depths.keySet()));
        }
        return sr;
    }

    boolean isEllipsis(Stx x) { return ellipsis != null && x instanceof Ident id && id.name().equals(ellipsis); }

    boolean isLiteral(Ident id) { return literals.contains(id.key()); }

    static boolean isUnderscore(Ident id) { return id.name().equals("_"); }

    SyntaxEnv defEnv() { return defEnv; }

    /** Validates a pattern and records each variable's ellipsis depth; a variable may occur once. */
    private void checkPattern(Stx p, int depth, Map<Object, Integer> depths) {
        switch (p) {
            case Ident id -> {
                if (isEllipsis(id)) throw new ExpandError(id.span(), "syntax-rules: misplaced ellipsis " + ellipsis + " in pattern");
                if (isLiteral(id) || isUnderscore(id)) return;
                if (depths.put(id.key(), depth) != null)
                    throw new ExpandError(id.span(), "syntax-rules: duplicate pattern variable " + id.name());
            }
            case Stx.SList l -> {
                checkItems(l.items(), depth, depths);
                if (l.tail() != null) checkPattern(l.tail(), depth, depths);
            }
            case Stx.SVec v -> checkItems(v.items(), depth, depths);
            case Stx.SAtom a -> { }
        }
    }

    private void checkItems(List<Stx> items, int depth, Map<Object, Integer> depths) {
        boolean seenEllipsis = false;
        for (int i = 0; i < items.size(); i++) {
            Stx item = items.get(i);
            if (isEllipsis(item)) {
                if (i == 0 || seenEllipsis)
                    throw new ExpandError(item.span(), "syntax-rules: misplaced ellipsis " + ellipsis + " in pattern");
                seenEllipsis = true;
                continue;
            }
            boolean repeated = i + 1 < items.size() && isEllipsis(items.get(i + 1));
            checkPattern(item, repeated ? depth + 1 : depth, depths);
        }
    }

    /** Expands one use of the macro, written in {@code useEnv}. */
    Stx expand(Stx.SList use, SyntaxEnv useEnv) {
        Stx args = use.drop(1, use.span());
        PatternMatcher matcher = new PatternMatcher(this, useEnv, use.span());
        for (Rule r : rules) {
            Map<Object, Object> bindings = matcher.match(r.pattern(), args);
            if (bindings != null) return new Transcriber(this, bindings, use.span()).transcribe(r.template());
        }
        throw new ExpandError(use.span(), "no syntax-rules pattern matches " + Syntax.write(use));
    }
}
