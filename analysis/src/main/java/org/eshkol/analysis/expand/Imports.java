package org.eshkol.analysis.expand;

import java.util.Set;

/**
 * {@code import} of the standard libraries, which are always present: accepted and ignored when the
 * library is known, an error otherwise. Only allowed at top level.
 */
final class Imports {
    private static final Set<String> SCHEME = Set.of("base", "case-lambda", "char", "complex", "cxr", "eval",
            "file", "inexact", "lazy", "load", "process-context", "read", "repl", "time", "write", "r5rs");

    private Imports() {}

    static void check(Stx.SList l, SyntaxEnv env) {
        if (!env.isTopLevel()) throw new ExpandError(l.span(), "import: only allowed at top level");
        if (!l.isProper()) throw ExpandError.bad(SpecialForm.IMPORT, l);
        for (Stx set : Syntax.rest(l, 1)) importSet(set);
    }

    private static void importSet(Stx set) {
        Stx.SList s = Syntax.properList(set, 1);
        if (s == null) throw ExpandError.bad(SpecialForm.IMPORT, set);
        if (s.get(0) instanceof Ident head && s.size() >= 2 && Syntax.properList(s.get(1), 1) != null) {
            switch (head.name()) {
                case "only", "except" -> { importSet(s.get(1)); return; }
                case "prefix", "rename" -> throw new ExpandError(set.span(),
                        "import: " + head.name() + " is not supported: " + Syntax.write(set));
                default -> { }
            }
        }
        if (!known(s)) throw new ExpandError(set.span(), "import: unknown library " + Syntax.write(set));
    }

    private static boolean known(Stx.SList lib) {
        if (!(lib.get(0) instanceof Ident first)) return false;
        for (Stx part : lib.items())
            if (!(part instanceof Ident) && !(part instanceof Stx.SAtom)) return false;
        return switch (first.name()) {
            case "scheme" -> lib.size() == 2 && lib.get(1) instanceof Ident n && SCHEME.contains(n.name());
            default -> false;
        };
    }
}
