package org.eshkol.bench;

import java.util.function.Supplier;
import org.eshkol.bench.plain.SchemeText;

/** Runs the hand-written Java version of a program. */
public final class PlainJava implements Implementation {
    @Override
    public String name() { return "Java"; }

    @Override
    public Loaded load(Program program) {
        Supplier<Object> body = program.plainJava();
        return new Loaded() {
            @Override
            public Object run() { return body.get(); }

            @Override
            public String show(Object result) { return SchemeText.write(result); }
        };
    }
}
