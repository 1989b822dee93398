package org.eshkol.bench.plain;

import java.util.List;

/**
 * The symbol loop of symbols.esk with Java strings: {@link String#intern()} plays
 * {@code string->symbol}, concatenation plays {@code string-append}.
 */
public final class Symbols {
    private Symbols() {}

    public static Object run() {
        String sym = "start";
        long total = 0;
        for (int i = 0; i < 100000; i++) {
            String s = sym + "-" + (i % 7);
            sym = s.length() > 30 ? ("s" + i).intern() : s.intern();
            total += s.length();
        }
        return List.of(sym, total);
    }
}
