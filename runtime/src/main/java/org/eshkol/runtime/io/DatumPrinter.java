package org.eshkol.runtime.io;

import java.util.IdentityHashMap;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;

/**
 * Prints any value in a {@link PrintStyle}: lists and vectors here, everything else through
 * {@link AtomPrinter}. Lists print along their cdrs in a loop and nesting uses an explicit stack, so
 * neither a million-element list nor a list nested 100,000 deep touches the Java stack. Datum labels
 * come from {@link SharedStructure} and are numbered in the order they are printed. Quote forms print
 * as lists: {@code (quote x)}.
 */
public final class DatumPrinter {
    /** Stack operations; a vector position is stored as its index (>= 0). */
    private static final int VALUE = -1;
    private static final int LIST_REST = -2;
    private static final int CLOSE = -3;

    private final StringBuilder out;
    private final boolean literal;
    private final IdentityHashMap<Object, Integer> labels;
    private int nextLabel;
    private Object[] objs = new Object[32];
    private int[] ops = new int[32];
    private int sp;

    private DatumPrinter(StringBuilder out, boolean literal, IdentityHashMap<Object, Integer> labels) {
        this.out = out;
        this.literal = literal;
        this.labels = labels;
    }

    /** Appends the printed form of {@code v} to {@code out}. */
    public static void print(StringBuilder out, Object v, PrintStyle style) {
        if (!SharedStructure.isCompound(v)) {
            AtomPrinter.print(out, v, style.literal);
            return;
        }
        IdentityHashMap<Object, Integer> labels = style.sharing == PrintStyle.Sharing.NONE
                ? null : SharedStructure.find(v, style.sharing == PrintStyle.Sharing.CYCLES);
        new DatumPrinter(out, style.literal, labels).run(v);
    }

    private void run(Object root) {
        push(root, VALUE);
        while (sp > 0) {
            sp--;
            Object obj = objs[sp];
            int op = ops[sp];
            objs[sp] = null;
            switch (op) {
                case VALUE -> value(obj);
                case LIST_REST -> listRest(obj);
                case CLOSE -> out.append(')');
                default -> vectorFrom((Object[]) obj, op);
            }
        }
    }

    private void value(Object v) {
        if (v instanceof Pair p) {
            if (labels != null && labelled(p)) return;
            out.append('(');
            push(p.cdr, LIST_REST);
            push(p.car, VALUE);
        } else if (v instanceof Object[] vec && vec.length > 0) {
            if (labels != null && labelled(vec)) return;
            out.append("#(");
            push(vec, 0);
        } else {
            AtomPrinter.print(out, v, literal);
        }
    }

    /** Prints what follows a list element: the next element, a dotted tail, or the closing paren. */
    private void listRest(Object rest) {
        if (rest == Nil.NIL) {
            out.append(')');
        } else if (rest instanceof Pair p && (labels == null || !labels.containsKey(p))) {
            out.append(' ');
            push(p.cdr, LIST_REST);
            push(p.car, VALUE);
        } else {
            out.append(" . ");
            push(null, CLOSE);
            push(rest, VALUE);
        }
    }

    private void vectorFrom(Object[] vec, int i) {
        if (i == vec.length) {
            out.append(')');
            return;
        }
        if (i > 0) out.append(' ');
        push(vec, i + 1);
        push(vec[i], VALUE);
    }

    /**
     * For an object that needs a label: prints {@code #n#} and returns true when it was printed
     * before, else prints {@code #n=} and returns false so the caller prints the object.
     */
    private boolean labelled(Object v) {
        Integer n = labels.get(v);
        if (n == null) return false;
        if (n >= 0) {
            out.append('#').append(n.intValue()).append('#');
            return true;
        }
        int label = nextLabel++;
        labels.put(v, label);
        out.append('#').append(label).append('=');
        return false;
    }

    private void push(Object obj, int op) {
        if (sp == objs.length) {
            objs = java.util.Arrays.copyOf(objs, sp * 2);
            ops = java.util.Arrays.copyOf(ops, sp * 2);
        }
        objs[sp] = obj;
        ops[sp++] = op;
    }
}
