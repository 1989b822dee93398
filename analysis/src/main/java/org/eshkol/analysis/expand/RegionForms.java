package org.eshkol.analysis.expand;

import java.math.BigInteger;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.read.Datum;
import org.eshkol.analysis.source.Span;

/**
 * Lowers {@code with-region} (Tier 2) to a call of {@code %with-region} with the literal name and
 * size and the body as a thunk, which the runtime runs inside a fresh region:
 * <pre>
 *   (with-region body ...)              =>  (%with-region #f #f (lambda () body ...))
 *   (with-region 'name body ...)        =>  (%with-region 'name #f (lambda () body ...))
 *   (with-region ('name size) body ...) =>  (%with-region 'name size (lambda () body ...))
 *   (with-region ('name expr) body ...) =>  (%with-region 'name (%region-size expr) (lambda () body ...))
 * </pre>
 * The name is a literal, never evaluated. A size that is an exact integer literal is checked here
 * and passed as a constant; any other size is an expression (the spec's
 * {@code ('forward (* (network-size network) 1000))}), evaluated when the region opens and checked
 * then by {@code %region-size}, whose span is the expression's, so a bad value is reported there.
 */
final class RegionForms {
    private static final SpecialForm KW = SpecialForm.WITH_REGION;
    private final Expander ex;

    RegionForms(Expander ex) { this.ex = ex; }

    Core withRegion(Stx.SList l, SyntaxEnv env) {
        if (Syntax.properList(l, 2) == null) throw ExpandError.bad(KW, l);
        Span sp = l.span();
        Stx first = l.get(1);
        Datum name = null;
        Core size = null;
        int bodyFrom = 1;
        Stx quoted = quotedOperand(first, env);
        if (quoted != null) {
            name = regionName(quoted, first);
            bodyFrom = 2;
        } else if (first instanceof Stx.SList spec && spec.size() >= 1 && spec.isProper()
                && quotedOperand(spec.get(0), env) != null) {
            name = regionName(quotedOperand(spec.get(0), env), spec.get(0));
            if (spec.size() != 2) throw new ExpandError(spec.span(), "with-region: expected ('name size), got " + Syntax.write(spec));
            size = regionSize(spec.get(1), env);
            bodyFrom = 2;
        }
        if (l.size() <= bodyFrom) throw new ExpandError(sp, "with-region: missing body, expected " + KW.shape());
        Core body = ex.body(Syntax.rest(l, bodyFrom), env, sp);
        Core nameArg = name == null ? new Core.Const(sp, new Datum.Bool(sp, false)) : new Core.Const(name.span(), name);
        Core sizeArg = size == null ? new Core.Const(sp, new Datum.Bool(sp, false)) : size;
        return Expander.prim(sp, "%with-region", nameArg, sizeArg, Expander.thunk(sp, body));
    }

    /** The operand of {@code (quote x)} when {@code s} is one (with {@code quote} meaning quote), else null. */
    private static Stx quotedOperand(Stx s, SyntaxEnv env) {
        if (s instanceof Stx.SList q && q.isProper() && q.size() == 2 && q.get(0) instanceof Ident id
                && env.resolve(id) instanceof Binding.Special sf && sf.form() == SpecialForm.QUOTE) {
            return q.get(1);
        }
        return null;
    }

    private static Datum regionName(Stx operand, Stx at) {
        Datum d = Syntax.toDatum(operand);
        if (!(d instanceof Datum.Sym)) throw new ExpandError(at.span(), "with-region: region name must be a symbol, got " + Syntax.write(operand));
        return d;
    }

    /** A literal size as a constant (checked now), any other as {@code (%region-size expr)}, checked when evaluated. */
    private Core regionSize(Stx s, SyntaxEnv env) {
        if (s instanceof Stx.SList || s instanceof Ident) return Expander.prim(s.span(), "%region-size", ex.expr(s, env));
        Datum d = Syntax.toDatum(s);
        if (d instanceof Datum.Int i && i.value().signum() >= 0 && i.value().compareTo(BigInteger.valueOf(Long.MAX_VALUE)) <= 0) {
            return new Core.Const(d.span(), d);
        }
        throw new ExpandError(s.span(), "with-region: expected a non-negative exact integer region size, got " + Syntax.write(s));
    }
}
