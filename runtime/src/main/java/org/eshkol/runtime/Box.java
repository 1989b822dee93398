package org.eshkol.runtime;

/** The heap cell of a variable that is both assigned and captured by a closure. */
public final class Box extends Value {
    public Object value;

    public Box(Object value) { this.value = value; }
}
