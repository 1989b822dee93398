package org.eshkol.runtime.control;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.Symbol;

/** Test helpers: procedures from Java lambdas, lists, symbols. */
final class Procs {
    private Procs() {}

    static Procedure thunk(Supplier<Object> body) {
        return new Procedure() {
            @Override public Object apply0() { return body.get(); }
            @Override public Object applyN(Object[] args) {
                if (args.length != 0) throw new AssertionError("thunk called with " + args.length + " args");
                return body.get();
            }
        };
    }

    static Procedure fn1(Function<Object, Object> body) {
        return new Procedure() {
            @Override public Object apply1(Object a) { return body.apply(a); }
            @Override public Object applyN(Object[] args) {
                if (args.length != 1) throw new AssertionError("fn1 called with " + args.length + " args");
                return body.apply(args[0]);
            }
        };
    }

    static Procedure fnN(Function<Object[], Object> body) {
        return new Procedure() {
            @Override public Object applyN(Object[] args) { return body.apply(args); }
        };
    }

    static Object list(Object... items) {
        Object l = Nil.NIL;
        for (int i = items.length - 1; i >= 0; i--) l = new Pair(items[i], l);
        return l;
    }

    static List<Object> toJava(Object list) {
        java.util.ArrayList<Object> out = new java.util.ArrayList<>();
        for (Object p = list; p instanceof Pair pair; p = pair.cdr) out.add(pair.car);
        return out;
    }

    static Symbol sym(String s) { return Symbol.intern(s); }

    static MString str(String s) { return MString.literal(s); }
}
