package org.eshkol.runtime;

import java.util.concurrent.ConcurrentHashMap;

/** A symbol. Interned symbols are {@code eq?} when their names are equal. */
public final class Symbol {
    private static final ConcurrentHashMap<String, Symbol> TABLE = new ConcurrentHashMap<>();

    private final String name;
    private final boolean interned;

    private Symbol(String name, boolean interned) {
        this.name = name;
        this.interned = interned;
    }

    public static Symbol intern(String name) {
        Symbol s = TABLE.get(name);
        return s != null ? s : TABLE.computeIfAbsent(name, n -> new Symbol(n, true));
    }

    /** A fresh symbol that is not {@code eq?} to any other. */
    public static Symbol uninterned(String name) { return new Symbol(name, false); }

    public String name() { return name; }

    public boolean isInterned() { return interned; }

    @Override
    public String toString() { return name; }
}
