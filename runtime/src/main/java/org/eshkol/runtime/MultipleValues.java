package org.eshkol.runtime;

/** The result of {@code (values ...)} with other than one value; only call-with-values takes it apart. */
public final class MultipleValues {
    public final Object[] values;

    public MultipleValues(Object[] values) { this.values = values; }
}
