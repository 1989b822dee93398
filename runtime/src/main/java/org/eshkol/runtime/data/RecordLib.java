package org.eshkol.runtime.data;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.Symbol;

/**
 * The run-time side of {@code define-record-type}: the expander lowers the form to these primitives.
 * {@code (%make-record-type '<point> '(x y))}, {@code (%record-constructor type '(x y) ['make-point])},
 * {@code (%record-predicate type ['point?])}, {@code (%record-accessor type 'x ['point-x])},
 * {@code (%record-modifier type 'x ['set-point-x!])}. The optional last argument names the procedure
 * for error messages; without it the messages say {@code x accessor}.
 */
public final class RecordLib {
    private RecordLib() {}

    @Builtin({"%make-record-type"})
    public static Object makeType(Object name, Object fieldList) {
        Symbol typeName = Args.symbol("%make-record-type", name);
        Object[] items = Lists.toArray("%make-record-type", fieldList);
        Symbol[] fields = new Symbol[items.length];
        for (int i = 0; i < items.length; i++) fields[i] = Args.symbol("%make-record-type", items[i]);
        return new RecordType(typeName, fields);
    }

    @Builtin({"%record-constructor"})
    public static Object constructor(Object type, Object fieldList) { return constructor(type, fieldList, null); }

    @Builtin({"%record-constructor"})
    public static Object constructor(Object type, Object fieldList, Object name) {
        RecordType t = type("%record-constructor", type);
        Object[] items = Lists.toArray("%record-constructor", fieldList);
        int[] slots = new int[items.length];
        for (int i = 0; i < items.length; i++) slots[i] = slot("%record-constructor", t, items[i]);
        String who = name == null ? "make-" + t.bareName() : Args.symbol("%record-constructor", name).name();
        return new RecordProcedures.Constructor(t, slots, who);
    }

    @Builtin({"%record-predicate"})
    public static Object predicate(Object type) { return predicate(type, null); }

    @Builtin({"%record-predicate"})
    public static Object predicate(Object type, Object name) {
        RecordType t = type("%record-predicate", type);
        String who = name == null ? t.bareName() + "?" : Args.symbol("%record-predicate", name).name();
        return new RecordProcedures.Predicate(t, who);
    }

    @Builtin({"%record-accessor"})
    public static Object accessor(Object type, Object field) { return accessor(type, field, null); }

    @Builtin({"%record-accessor"})
    public static Object accessor(Object type, Object field, Object name) {
        RecordType t = type("%record-accessor", type);
        int slot = slot("%record-accessor", t, field);
        String who = name == null ? t.fieldName(slot).name() + " accessor" : Args.symbol("%record-accessor", name).name();
        return new RecordProcedures.Accessor(t, slot, who);
    }

    @Builtin({"%record-modifier"})
    public static Object modifier(Object type, Object field) { return modifier(type, field, null); }

    @Builtin({"%record-modifier"})
    public static Object modifier(Object type, Object field, Object name) {
        RecordType t = type("%record-modifier", type);
        int slot = slot("%record-modifier", t, field);
        String who = name == null ? t.fieldName(slot).name() + " modifier" : Args.symbol("%record-modifier", name).name();
        return new RecordProcedures.Modifier(t, slot, who);
    }

    private static RecordType type(String who, Object x) {
        if (x instanceof RecordType t) return t;
        throw Errors.wrongType(who, "a record type", x);
    }

    private static int slot(String who, RecordType t, Object field) {
        int i = t.fieldIndex(Args.symbol(who, field));
        if (i < 0) throw Errors.error(who + ": no such field in " + t.name().name(), field);
        return i;
    }
}
