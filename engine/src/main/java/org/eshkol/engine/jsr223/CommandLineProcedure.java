package org.eshkol.engine.jsr223;

import java.util.List;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;

/**
 * What {@code command-line} is in an environment whose bindings hold {@code ScriptEngine.ARGV}: a
 * procedure returning a fresh list of the script's file name followed by the arguments (as the
 * {@code eshkol} command does). It is bound per environment, so concurrent evaluations with
 * different bindings see their own arguments. It is not shown as an entry of the bindings.
 */
final class CommandLineProcedure extends Procedure {
    final List<String> words;

    CommandLineProcedure(List<String> words) { this.words = List.copyOf(words); }

    @Override
    public String name() { return "command-line"; }

    @Override
    public Object apply0() {
        Object list = Nil.NIL;
        for (int i = words.size() - 1; i >= 0; i--) list = new Pair(MString.of(words.get(i)), list);
        return list;
    }

    @Override
    public Object applyN(Object[] args) {
        if (args.length != 0) throw org.eshkol.runtime.Errors.arity("command-line", "0", args.length);
        return apply0();
    }
}
