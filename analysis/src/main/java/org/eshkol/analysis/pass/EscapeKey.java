package org.eshkol.analysis.pass;

/**
 * A map key made of a tag and an IR node compared by identity (core nodes are records, whose
 * {@code equals} is structural), with an optional index for several objects per node.
 */
record EscapeKey(String tag, Object node, int index) {
    @Override
    public boolean equals(Object o) {
        return o instanceof EscapeKey k && k.node == node && k.index == index && k.tag.equals(tag);
    }

    @Override
    public int hashCode() { return (tag.hashCode() * 31 + System.identityHashCode(node)) * 31 + index; }
}
