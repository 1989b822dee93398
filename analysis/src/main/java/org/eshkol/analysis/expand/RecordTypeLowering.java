package org.eshkol.analysis.expand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.read.Datum;
import org.eshkol.analysis.source.Span;

/**
 * Lowers {@code define-record-type} to definitions: the type is
 * {@code (%make-record-type 'name '(field ...))}, the constructor
 * {@code (%record-constructor type '(field ...))}, the predicate {@code (%record-predicate type)},
 * each accessor {@code (%record-accessor type 'field)} and modifier
 * {@code (%record-modifier type 'field)}. The constructor spec may be {@code (make-x field ...)},
 * a bare name (all fields, in order) or {@code #f}; the predicate may be {@code #f}.
 */
final class RecordTypeLowering {
    private static final SpecialForm KW = SpecialForm.DEFINE_RECORD_TYPE;

    private final Definitions defs;
    private final Stx.SList form;
    private final SyntaxEnv env;
    private final Span sp;

    RecordTypeLowering(Definitions defs, Stx.SList form, SyntaxEnv env) {
        this.defs = defs;
        this.form = form;
        this.env = env;
        this.sp = form.span();
    }

    private record Field(Ident name, Ident accessor, Ident modifier) {}

    void scan(List<Definitions.Item> out) {
        if (Syntax.properList(form, 3) == null || !(form.get(1) instanceof Ident typeName)) throw ExpandError.bad(KW, form);
        List<Field> fields = fields();
        List<Ident> ctorFields = new ArrayList<>();
        Ident ctorName = constructor(fields, ctorFields);
        Stx pred = form.get(3);
        if (!(pred instanceof Ident) && !isFalse(pred)) throw ExpandError.bad(KW, pred);

        Binding type = defs.declare(typeName, env);
        Datum fieldList = symbols(fields.stream().map(Field::name).toList(), sp);
        out.add(new Definitions.Def(sp, type, () -> Expander.prim(sp, "%make-record-type",
                quote(new Datum.Sym(typeName.span(), typeName.name())), quote(fieldList))));
        if (ctorName != null) {
            Datum args = symbols(ctorFields, sp);
            define(out, ctorName, Expander.prim(sp, "%record-constructor", Expander.ref(type, sp), quote(args), nameOf(ctorName)));
        }
        if (pred instanceof Ident p) define(out, p, Expander.prim(sp, "%record-predicate", Expander.ref(type, sp), nameOf(p)));
        for (Field f : fields) {
            Core fieldName = quote(new Datum.Sym(f.name.span(), f.name.name()));
            if (f.accessor != null) define(out, f.accessor, Expander.prim(sp, "%record-accessor", Expander.ref(type, sp), fieldName, nameOf(f.accessor)));
            if (f.modifier != null) define(out, f.modifier, Expander.prim(sp, "%record-modifier", Expander.ref(type, sp), fieldName, nameOf(f.modifier)));
        }
    }

    private void define(List<Definitions.Item> out, Ident name, Core value) {
        Binding b = defs.declare(name, env);
        out.add(new Definitions.Def(sp, b, () -> value));
    }

    private Core quote(Datum d) { return new Core.Const(d.span(), d); }

    /** The procedure's name as a quoted symbol: the runtime uses it in error messages. */
    private Core nameOf(Ident id) { return quote(new Datum.Sym(id.span(), id.name())); }

    private static Datum symbols(List<Ident> ids, Span sp) {
        return new Datum.ListD(sp, ids.stream().map(i -> (Datum) new Datum.Sym(i.span(), i.name())).toList(), null);
    }

    private static boolean isFalse(Stx x) {
        return x instanceof Stx.SAtom a && a.datum() instanceof Datum.Bool b && !b.value();
    }

    private List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Stx spec : Syntax.rest(form, 4)) {
            Field f;
            if (spec instanceof Ident id) {
                f = new Field(id, null, null);
            } else {
                Stx.SList l = Syntax.properList(spec, 1);
                if (l == null || l.size() > 3) throw ExpandError.bad(KW, spec);
                for (Stx part : l.items()) if (!(part instanceof Ident)) throw ExpandError.bad(KW, part);
                f = new Field((Ident) l.get(0), l.size() > 1 ? (Ident) l.get(1) : null, l.size() > 2 ? (Ident) l.get(2) : null);
            }
            if (!seen.add(f.name.name()))
                throw new ExpandError(f.name.span(), "define-record-type: duplicate field " + f.name.name());
            fields.add(f);
        }
        return fields;
    }

    /** The constructor's name (null for {@code #f}); fills {@code args} with the fields it takes. */
    private Ident constructor(List<Field> fields, List<Ident> args) {
        Stx spec = form.get(2);
        if (isFalse(spec)) return null;
        if (spec instanceof Ident name) {
            for (Field f : fields) args.add(f.name);
            return name;
        }
        Stx.SList l = Syntax.properList(spec, 1);
        if (l == null || !(l.get(0) instanceof Ident name)) throw ExpandError.bad(KW, spec);
        Set<String> used = new HashSet<>();
        for (Stx a : Syntax.rest(l, 1)) {
            if (!(a instanceof Ident id)) throw ExpandError.bad(KW, a);
            if (fields.stream().noneMatch(f -> f.name.name().equals(id.name())))
                throw new ExpandError(id.span(), "define-record-type: constructor argument " + id.name() + " is not a field");
            if (!used.add(id.name()))
                throw new ExpandError(id.span(), "define-record-type: duplicate constructor argument " + id.name());
            args.add(id);
        }
        return name;
    }
}
