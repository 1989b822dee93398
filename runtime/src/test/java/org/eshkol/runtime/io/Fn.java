package org.eshkol.runtime.io;

import java.util.function.Function;
import java.util.function.Supplier;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.Symbol;

/** Test helpers: Scheme procedures from Java lambdas, and list building. */
final class Fn {
    private Fn() {}

    static Procedure thunk(Supplier<Object> body) {
        return new Procedure() {
            @Override public Object apply0() { return body.get(); }

            @Override public Object applyN(Object[] args) { return body.get(); }
        };
    }

    static Procedure proc1(Function<Object, Object> body) {
        return new Procedure() {
            @Override public Object apply1(Object a) { return body.apply(a); }

            @Override public Object applyN(Object[] args) { return body.apply(args[0]); }
        };
    }

    static Object list(Object... items) {
        Object l = Nil.NIL;
        for (int i = items.length - 1; i >= 0; i--) l = new Pair(items[i], l);
        return l;
    }

    static Symbol sym(String s) { return Symbol.intern(s); }
}
