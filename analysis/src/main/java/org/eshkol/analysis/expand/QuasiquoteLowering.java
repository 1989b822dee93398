package org.eshkol.analysis.expand;

import java.util.ArrayList;
import java.util.List;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.read.Datum;
import org.eshkol.analysis.source.Span;

/**
 * Lowers {@code quasiquote} (nested levels, {@code unquote-splicing}, vectors) to calls of the
 * builtins {@code cons}, {@code list}, {@code append} and {@code list->vector}; parts without an
 * unquote at the current level stay constants.
 */
final class QuasiquoteLowering {
    private final Expander ex;

    QuasiquoteLowering(Expander ex) { this.ex = ex; }

    Core lower(Stx.SList l, SyntaxEnv env) {
        if (Syntax.listOf(l, 2) == null) throw ExpandError.bad(SpecialForm.QUASIQUOTE, l);
        return qq(l.get(1), 1, env);
    }

    /** The quasiquote keyword {@code x} is a form of ({@code (unquote e)} etc.), or null. */
    private static SpecialForm formOf(Stx x, SyntaxEnv env) {
        if (Syntax.listOf(x, 2) instanceof Stx.SList l) return keyword(l.get(0), env);
        return null;
    }

    private static SpecialForm keyword(Stx x, SyntaxEnv env) {
        if (x instanceof Ident id && env.resolve(id) instanceof Binding.Special s) {
            return switch (s.form()) {
                case UNQUOTE, UNQUOTE_SPLICING, QUASIQUOTE -> s.form();
                default -> null;
            };
        }
        return null;
    }

    /** Index where a proper list ends in a form written in dotted position ({@code (a . ,b)}), or -1. */
    private static int tailFormStart(Stx.SList l, SyntaxEnv env) {
        int i = l.size() - 2;
        return l.isProper() && i >= 1 && keyword(l.get(i), env) != null ? i : -1;
    }

    private static boolean hasUnquote(Stx x, int depth, SyntaxEnv env) {
        switch (x) {
            case Stx.SList l -> {
                SpecialForm f = formOf(l, env);
                if (f != null) {
                    if (f == SpecialForm.QUASIQUOTE) return hasUnquote(l.get(1), depth + 1, env);
                    return depth == 1 || hasUnquote(l.get(1), depth - 1, env);
                }
                int cut = tailFormStart(l, env);
                if (cut >= 0) return hasUnquote(l.drop(cut, l.span()), depth, env)
                        || anyUnquote(l.items().subList(0, cut), depth, env);
                return anyUnquote(l.items(), depth, env) || (l.tail() != null && hasUnquote(l.tail(), depth, env));
            }
            case Stx.SVec v -> { return anyUnquote(v.items(), depth, env); }
            default -> { return false; }
        }
    }

    private static boolean anyUnquote(List<Stx> xs, int depth, SyntaxEnv env) {
        for (Stx x : xs) if (hasUnquote(x, depth, env)) return true;
        return false;
    }

    private Core qq(Stx x, int depth, SyntaxEnv env) {
        if (!hasUnquote(x, depth, env)) return new Core.Const(x.span(), Syntax.toDatum(x));
        Span sp = x.span();
        if (x instanceof Stx.SVec v) {
            Stx asList = Stx.SList.of(sp, v.items(), null);
            return Expander.prim(sp, "list->vector", qq(asList, depth, env));
        }
        Stx.SList l = (Stx.SList) x;
        SpecialForm f = formOf(l, env);
        if (f != null) {
            Stx arg = l.get(1);
            switch (f) {
                case UNQUOTE -> {
                    if (depth == 1) return ex.expr(arg, env);
                    return wrap(sp, "unquote", qq(arg, depth - 1, env));
                }
                case UNQUOTE_SPLICING -> {
                    if (depth == 1) throw new ExpandError(sp, "unquote-splicing: bad syntax, expected it inside a list");
                    return wrap(sp, "unquote-splicing", qq(arg, depth - 1, env));
                }
                default -> { return wrap(sp, "quasiquote", qq(arg, depth + 1, env)); }
            }
        }
        return list(l, depth, env);
    }

    /** {@code (list 'keyword inner)}. */
    private static Core wrap(Span sp, String keyword, Core inner) {
        return Expander.prim(sp, "list", new Core.Const(sp, new Datum.Sym(sp, keyword)), inner);
    }

    private Core list(Stx.SList l, int depth, SyntaxEnv env) {
        Span sp = l.span();
        List<Stx> items = l.items();
        Core acc;
        int end;
        int cut = tailFormStart(l, env);
        if (cut >= 0) {
            acc = qq(l.drop(cut, sp), depth, env);
            end = cut;
        } else if (l.tail() != null && hasUnquote(l.tail(), depth, env)) {
            acc = qq(l.tail(), depth, env);
            end = items.size();
        } else {
            end = items.size();
            while (end > 0 && !hasUnquote(items.get(end - 1), depth, env)) end--;
            Stx constant = Stx.SList.of(sp, items.subList(end, items.size()), l.tail());
            acc = new Core.Const(constant.span(), Syntax.toDatum(constant));
        }
        for (int i = end - 1; i >= 0; i--) {
            Stx item = items.get(i);
            if (depth == 1 && formOf(item, env) == SpecialForm.UNQUOTE_SPLICING) {
                Core spliced = ex.expr(((Stx.SList) item).get(1), env);
                acc = isEmptyList(acc) ? spliced : Expander.prim(sp, "append", spliced, acc);
            } else {
                acc = prepend(sp, qq(item, depth, env), acc);
            }
        }
        return acc;
    }

    private static boolean isEmptyList(Core c) {
        return c instanceof Core.Const k && k.value() instanceof Datum.ListD d && d.isEmpty();
    }

    private static Core prepend(Span sp, Core head, Core rest) {
        if (isEmptyList(rest)) return Expander.prim(sp, "list", head);
        if (rest instanceof Core.Call c && c.fn() instanceof Core.PrimRef p && p.name().equals("list")) {
            List<Core> args = new ArrayList<>();
            args.add(head);
            args.addAll(c.args());
            return new Core.Call(sp, p, args);
        }
        return Expander.prim(sp, "cons", head, rest);
    }
}
