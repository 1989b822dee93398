package org.eshkol.runtime.data;

import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;

/**
 * Mapping over sequences: {@code map for-each vector-map vector-for-each string-map string-for-each},
 * and SRFI-1's {@code append-map filter-map}. With several sequences they stop at the shortest; the
 * procedure is applied left to right.
 */
public final class MapLib {
    private MapLib() {}

    @Builtin({"map"})
    public static Object map(Object f, Object list) {
        Procedure p = Args.procedure("map", f);
        ListBuilder b = new ListBuilder();
        for (Object l = Lists.checkList("map", list); l instanceof Pair q; l = q.cdr) b.add(p.call1(q.car));
        return b.build();
    }

    @Builtin({"map"})
    public static Object map(Object f, Object l1, Object l2, Object[] more) {
        Procedure p = Args.procedure("map", f);
        Object[] lists = lists("map", l1, l2, more);
        ListBuilder b = new ListBuilder();
        for (Object[] cars; (cars = Lists.nextCars(lists)) != null; ) b.add(p.callArgs(cars));
        return b.build();
    }

    @Builtin({"for-each"})
    public static void forEach(Object f, Object list) {
        Procedure p = Args.procedure("for-each", f);
        for (Object l = Lists.checkList("for-each", list); l instanceof Pair q; l = q.cdr) p.call1(q.car);
    }

    @Builtin({"for-each"})
    public static void forEach(Object f, Object l1, Object l2, Object[] more) {
        Procedure p = Args.procedure("for-each", f);
        Object[] lists = lists("for-each", l1, l2, more);
        for (Object[] cars; (cars = Lists.nextCars(lists)) != null; ) p.callArgs(cars);
    }

    @Builtin({"append-map"})
    public static Object appendMap(Object f, Object list, Object[] more) {
        Procedure p = Args.procedure("append-map", f);
        Object[] lists = Lists.joinLists("append-map", list, more);
        ListBuilder b = new ListBuilder();
        for (Object[] cars; (cars = Lists.nextCars(lists)) != null; ) {
            Object r = p.callArgs(cars);
            Lists.length("append-map", r);
            for (Object l = r; l instanceof Pair q; l = q.cdr) b.add(q.car);
        }
        return b.build();
    }

    @Builtin({"filter-map"})
    public static Object filterMap(Object f, Object list, Object[] more) {
        Procedure p = Args.procedure("filter-map", f);
        Object[] lists = Lists.joinLists("filter-map", list, more);
        ListBuilder b = new ListBuilder();
        for (Object[] cars; (cars = Lists.nextCars(lists)) != null; ) {
            Object r = p.callArgs(cars);
            if (r != Boolean.FALSE) b.add(r);
        }
        return b.build();
    }

    @Builtin({"vector-map"})
    public static Object vectorMap(Object f, Object v, Object[] more) {
        Procedure p = Args.procedure("vector-map", f);
        Object[][] vs = vectors("vector-map", v, more);
        int n = shortest(vs);
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) out[i] = p.callArgs(column(vs, i));
        return out;
    }

    @Builtin({"vector-for-each"})
    public static void vectorForEach(Object f, Object v, Object[] more) {
        Procedure p = Args.procedure("vector-for-each", f);
        Object[][] vs = vectors("vector-for-each", v, more);
        int n = shortest(vs);
        for (int i = 0; i < n; i++) p.callArgs(column(vs, i));
    }

    @Builtin({"string-map"})
    public static Object stringMap(Object f, Object s, Object[] more) {
        Procedure p = Args.procedure("string-map", f);
        Object[][] cs = strings("string-map", s, more);
        int n = shortest(cs);
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            Object r = p.callArgs(column(cs, i));
            if (!(r instanceof Char c)) throw Errors.wrongType("string-map", "a character", r);
            out.appendCodePoint(c.codePoint);
        }
        return MString.of(out.toString());
    }

    @Builtin({"string-for-each"})
    public static void stringForEach(Object f, Object s, Object[] more) {
        Procedure p = Args.procedure("string-for-each", f);
        Object[][] cs = strings("string-for-each", s, more);
        int n = shortest(cs);
        for (int i = 0; i < n; i++) p.callArgs(column(cs, i));
    }

    private static Object[] lists(String who, Object l1, Object l2, Object[] more) {
        Object[] rest = new Object[more.length + 1];
        rest[0] = l2;
        System.arraycopy(more, 0, rest, 1, more.length);
        return Lists.joinLists(who, l1, rest);
    }

    private static Object[][] vectors(String who, Object v, Object[] more) {
        Object[][] vs = new Object[more.length + 1][];
        vs[0] = Args.vector(who, v);
        for (int i = 0; i < more.length; i++) vs[i + 1] = Args.vector(who, more[i]);
        return vs;
    }

    /** Each string as an array of characters, taken before any call so mutation cannot disturb it. */
    private static Object[][] strings(String who, Object s, Object[] more) {
        Object[][] cs = new Object[more.length + 1][];
        cs[0] = StringLib.chars(Args.string(who, s));
        for (int i = 0; i < more.length; i++) cs[i + 1] = StringLib.chars(Args.string(who, more[i]));
        return cs;
    }

    private static int shortest(Object[][] arrays) {
        int n = Integer.MAX_VALUE;
        for (Object[] a : arrays) n = Math.min(n, a.length);
        return n;
    }

    private static Object[] column(Object[][] arrays, int i) {
        Object[] col = new Object[arrays.length];
        for (int j = 0; j < arrays.length; j++) col[j] = arrays[j][i];
        return col;
    }
}
