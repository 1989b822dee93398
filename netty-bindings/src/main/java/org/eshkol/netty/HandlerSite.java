package org.eshkol.netty;

import java.util.List;
import org.eshkol.analysis.diag.Diagnostics;
import org.eshkol.analysis.read.Datum;
import org.eshkol.analysis.read.Reader;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.engine.codegen.ScriptLoader;

/** Finds {@code file:line:col} for a handler: the script call that gave it to a server, or its definition in a file. */
final class HandlerSite {
    private HandlerSite() {}

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /** The innermost script frame calling this builtin, as {@code file:line:col}; "?" outside script code. */
    static String caller() {
        return WALKER.walk(frames -> frames
                .filter(f -> f.getDeclaringClass().getClassLoader() instanceof ScriptLoader)
                .findFirst()
                .map(HandlerSite::position)
                .orElse("?"));
    }

    private static String position(StackWalker.StackFrame f) {
        ScriptLoader loader = (ScriptLoader) f.getDeclaringClass().getClassLoader();
        int col = loader.column(f.getClassName(), f.getMethodName(), f.getByteCodeIndex(), -1);
        return f.getFileName() + ":" + f.getLineNumber() + ":" + Math.max(col, 1);
    }

    /** Where {@code (define (NAME ...) ...)} or {@code (define NAME ...)} stands in {@code file}, or the file alone. */
    static String definition(SourceFile file, String name) {
        List<Datum> forms = Reader.readAll(file, new Diagnostics());
        for (Datum d : forms) {
            if (d instanceof Datum.ListD l && l.items().size() >= 2 && l.items().get(0) instanceof Datum.Sym s && s.name().equals("define")) {
                Datum target = l.items().get(1);
                if (target instanceof Datum.ListD head && !head.items().isEmpty()) target = head.items().get(0);
                if (target instanceof Datum.Sym t && t.name().equals(name)) return d.span().position();
            }
        }
        return file.name();
    }
}
