package org.eshkol.runtime;

/**
 * The cell of one global variable. Compiled code holds the cell in a constant and reads its
 * {@link #value} field directly.
 */
public final class Global {
    public final Symbol name;
    public Object value = Unbound.MARK;

    public Global(Symbol name) { this.name = name; }

    public boolean isBound() { return value != Unbound.MARK; }

    /** The value, or an unbound-variable error. */
    public Object get() {
        Object v = value;
        if (v == Unbound.MARK) throw Errors.unbound(name.name());
        return v;
    }

    /** The value as a procedure, or the error a call to it must raise. */
    public Procedure proc() {
        Object v = value;
        if (v instanceof Procedure p) return p;
        throw v == Unbound.MARK ? Errors.unbound(name.name()) : Errors.notProcedure(v);
    }

    /**
     * {@code set!}: an error when the variable was never defined. A global outlives every region, so
     * arena values reachable from {@code v} are promoted to the heap first; the global holds a count
     * of the shared values {@code v} reaches and gives back those of the value it held.
     */
    public void set(Object v) {
        Object old = value;
        if (old == Unbound.MARK) throw Errors.unbound(name.name());
        StoreHooks.storing(this, old, v);
        value = v;
    }

    /** {@code set!} where escape analysis proved the value holds no arena value of an open region. */
    public void setProven(Object v) {
        Object old = value;
        if (old == Unbound.MARK) throw Errors.unbound(name.name());
        StoreHooks.storingProven(this, old, v);
        value = v;
    }

    /**
     * A holder outside the scripts (Java's {@code Bindings.put} and {@code remove}) replaces the value:
     * as {@code set!} would, counting {@code v} and giving back what the slot held of the old value,
     * but also on an unbound variable.
     */
    public void replace(Object v) {
        Object old = value;
        StoreHooks.storing(this, old == Unbound.MARK ? null : old, v);
        value = v;
    }

    /** As {@link #replace}, leaving the variable unbound. */
    public void replaceByUnbound() {
        Object old = value;
        if (old != Unbound.MARK) StoreHooks.storing(this, old, null);
        value = Unbound.MARK;
    }

    public void unbind() { value = Unbound.MARK; }
}
