package org.eshkol.runtime.data;

import java.util.concurrent.atomic.AtomicLong;
import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Symbol;

/**
 * Symbols: {@code symbol? symbol->string string->symbol symbol=?}, and uninterned symbols
 * ({@code string->uninterned-symbol gensym generate-uninterned-symbol}).
 */
public final class SymbolLib {
    private SymbolLib() {}

    private static final AtomicLong COUNTER = new AtomicLong();

    @Builtin({"symbol?"})
    public static boolean isSymbol(Object x) { return x instanceof Symbol; }

    /** The name as an immutable string (R7RS: it is an error to mutate it). */
    @Builtin({"symbol->string"})
    public static Object symbolToString(Object s) { return MString.literal(Args.symbol("symbol->string", s).name()); }

    @Builtin({"string->symbol"})
    public static Object stringToSymbol(Object s) { return Symbol.intern(Args.string("string->symbol", s).toString()); }

    @Builtin({"string->uninterned-symbol"})
    public static Object stringToUninterned(Object s) {
        return Symbol.uninterned(Args.string("string->uninterned-symbol", s).toString());
    }

    @Builtin({"symbol=?"})
    public static boolean symbolEq(Object a, Object b) {
        return Args.symbol("symbol=?", a) == Args.symbol("symbol=?", b);
    }

    @Builtin({"symbol=?"})
    public static boolean symbolEq(Object a, Object b, Object c, Object[] more) {
        boolean r = symbolEq(a, b) & symbolEq(b, c);
        for (Object x : more) r &= symbolEq(c, x);
        return r;
    }

    @Builtin({"gensym", "generate-uninterned-symbol"})
    public static Object gensym() { return Symbol.uninterned("g" + COUNTER.incrementAndGet()); }

    /** A fresh uninterned symbol named by a prefix (a string or symbol) and a counter. */
    @Builtin({"gensym", "generate-uninterned-symbol"})
    public static Object gensym(Object prefix) {
        String p = prefix instanceof Symbol s ? s.name() : Args.string("gensym", prefix).toString();
        return Symbol.uninterned(p + COUNTER.incrementAndGet());
    }
}
