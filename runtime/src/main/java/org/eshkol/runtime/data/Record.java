package org.eshkol.runtime.data;

/** An instance of a {@link RecordType}: the type and one slot per field. Compared by identity. */
public final class Record extends org.eshkol.runtime.Value {
    public final RecordType type;
    public final Object[] fields;

    public Record(RecordType type, Object[] fields) {
        this.type = type;
        this.fields = fields;
    }

    @Override
    public String toString() { return "#<" + type.bareName() + ">"; }
}
