package org.eshkol.bench;

import gnu.mapping.Procedure;
import kawa.standard.Scheme;

/**
 * Runs a program in Kawa in its default mode (no {@code --full-tailcalls}): the whole {@code .scm}
 * text is given to {@link Scheme#eval(String)}, which compiles it as one module, as loading a file
 * does; then {@code run} is looked up and called through Kawa's {@link Procedure#apply0()}.
 */
public final class KawaScheme implements Implementation {
    private final Scheme scheme = Scheme.getInstance();
    private final Procedure writer;

    public KawaScheme() {
        Scheme.registerEnvironment();
        writer = (Procedure) evalText("(lambda (x) (let ((p (open-output-string))) (write x p) (get-output-string p)))");
    }

    @Override
    public String name() { return "Kawa"; }

    @Override
    public Loaded load(Program program) {
        evalText(program.source("scm"));
        Procedure run = (Procedure) evalText("run");
        return new Loaded() {
            @Override
            public Object run() throws Throwable { return run.apply0(); }

            @Override
            public String show(Object result) {
                try {
                    return writer.apply1(result).toString();
                } catch (Throwable t) {
                    throw new IllegalStateException("Kawa's write failed", t);
                }
            }
        };
    }

    private Object evalText(String text) {
        try {
            return scheme.eval(text);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("Kawa: " + t, t);
        }
    }
}
