package org.eshkol.runtime.data;

import org.eshkol.runtime.Symbol;

/** A record type made by {@code define-record-type}: its name and its field names, in order. */
public final class RecordType {
    private final Symbol name;
    private final Symbol[] fields;

    public RecordType(Symbol name, Symbol[] fields) {
        this.name = name;
        this.fields = fields.clone();
    }

    public Symbol name() { return name; }

    public int fieldCount() { return fields.length; }

    public Symbol fieldName(int i) { return fields[i]; }

    /** The slot of a field, or -1 when the type has no such field. */
    public int fieldIndex(Symbol field) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == field) return i;
        }
        return -1;
    }

    /** The name without surrounding angle brackets: {@code <point>} gives {@code point}. */
    public String bareName() {
        String n = name.name();
        return n.length() > 2 && n.startsWith("<") && n.endsWith(">") ? n.substring(1, n.length() - 1) : n;
    }

    @Override
    public String toString() { return "#<record-type " + bareName() + ">"; }
}
