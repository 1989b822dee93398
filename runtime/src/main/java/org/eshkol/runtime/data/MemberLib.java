package org.eshkol.runtime.data;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;

/**
 * Searching and deleting by equivalence: {@code memq memv member assq assv assoc} (R7RS, with the
 * optional comparison of {@code member}/{@code assoc}) and SRFI-1's {@code delete delete!
 * delete-duplicates}. A custom comparison is called as {@code (compare x element)}.
 */
public final class MemberLib {
    private MemberLib() {}

    @Builtin({"memq"})
    public static Object memq(Object x, Object list) { return memv(x, list); }

    @Builtin({"memv"})
    public static Object memv(Object x, Object list) {
        for (Object l = list; l instanceof Pair p; l = p.cdr) {
            if (Equality.eqv(x, p.car)) return p;
        }
        return Boolean.FALSE;
    }

    @Builtin({"member"})
    public static Object member(Object x, Object list) {
        for (Object l = list; l instanceof Pair p; l = p.cdr) {
            if (Equality.equal(x, p.car)) return p;
        }
        return Boolean.FALSE;
    }

    @Builtin({"member"})
    public static Object member(Object x, Object list, Object compare) {
        Procedure eq = Args.procedure("member", compare);
        for (Object l = list; l instanceof Pair p; l = p.cdr) {
            if (eq.call2(x, p.car) != Boolean.FALSE) return p;
        }
        return Boolean.FALSE;
    }

    @Builtin({"assq"})
    public static Object assq(Object x, Object alist) { return assv("assq", x, alist); }

    @Builtin({"assv"})
    public static Object assv(Object x, Object alist) { return assv("assv", x, alist); }

    private static Object assv(String who, Object x, Object alist) {
        for (Object l = alist; l instanceof Pair p; l = p.cdr) {
            Pair entry = Args.pair(who, p.car);
            if (Equality.eqv(x, entry.car)) return entry;
        }
        return Boolean.FALSE;
    }

    @Builtin({"assoc"})
    public static Object assoc(Object x, Object alist) {
        for (Object l = alist; l instanceof Pair p; l = p.cdr) {
            Pair entry = Args.pair("assoc", p.car);
            if (Equality.equal(x, entry.car)) return entry;
        }
        return Boolean.FALSE;
    }

    @Builtin({"assoc"})
    public static Object assoc(Object x, Object alist, Object compare) {
        Procedure eq = Args.procedure("assoc", compare);
        for (Object l = alist; l instanceof Pair p; l = p.cdr) {
            Pair entry = Args.pair("assoc", p.car);
            if (eq.call2(x, entry.car) != Boolean.FALSE) return entry;
        }
        return Boolean.FALSE;
    }

    @Builtin({"delete", "delete!"})
    public static Object delete(Object x, Object list) {
        Lists.length("delete", list);
        ListBuilder b = new ListBuilder();
        for (Object l = list; l instanceof Pair p; l = p.cdr) {
            if (!Equality.equal(x, p.car)) b.add(p.car);
        }
        return b.build();
    }

    @Builtin({"delete", "delete!"})
    public static Object delete(Object x, Object list, Object compare) {
        Procedure eq = Args.procedure("delete", compare);
        Lists.length("delete", list);
        ListBuilder b = new ListBuilder();
        for (Object l = list; l instanceof Pair p; l = p.cdr) {
            if (eq.call2(x, p.car) == Boolean.FALSE) b.add(p.car);
        }
        return b.build();
    }

    /** Keeps the first of each run of equal elements, in order (quadratic, like SRFI-1's). */
    @Builtin({"delete-duplicates"})
    public static Object deleteDuplicates(Object list) { return deleteDuplicates(list, null); }

    @Builtin({"delete-duplicates"})
    public static Object deleteDuplicates(Object list, Object compare) {
        Procedure eq = compare == null ? null : Args.procedure("delete-duplicates", compare);
        Object[] items = Lists.toArray("delete-duplicates", list);
        ListBuilder b = new ListBuilder();
        Object kept = Nil.NIL;
        for (Object item : items) {
            boolean seen = false;
            for (Object l = kept; l instanceof Pair p && !seen; l = p.cdr) {
                seen = eq == null ? Equality.equal(p.car, item) : eq.call2(p.car, item) != Boolean.FALSE;
            }
            if (!seen) {
                kept = new Pair(item, kept);
                b.add(item);
            }
        }
        return b.build();
    }
}
