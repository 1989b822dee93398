package org.eshkol.engine.builtins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eshkol.runtime.lib.BuiltinIndex;

/**
 * The lines of builtin index files ({@link BuiltinIndex}'s format: {@code M name owner method
 * descriptor tail} and {@code F name owner field}, tab-separated), grouped by builtin name without
 * parsing them further. Reading the index this way is what the first engine of a JVM waits for, so
 * it does little: one pass over the text, a substring per field.
 */
final class IndexLines {
    /** Per name: {owner, method, descriptor, tail} of each method line, in file order. */
    private final Map<String, List<String[]>> methods = new HashMap<>();
    /** Per name: {owner, field}. */
    private final Map<String, String[]> fields = new HashMap<>();

    List<String[]> methods(String name) { return methods.get(name); }

    Iterable<String> methodNames() { return methods.keySet(); }

    String[] field(String name) { return fields.get(name); }

    /** Adds the lines of an index; false when {@code in} is null (no such index on the class path). */
    boolean add(InputStream in, String resource) throws IOException {
        if (in == null) return false;
        String text;
        try (in) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int n = text.length();
        for (int start = 0; start < n; ) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = n;
            if (end > start) line(text, start, end, resource);
            start = end + 1;
        }
        return true;
    }

    private void line(String text, int start, int end, String resource) throws IOException {
        String[] p = new String[6];
        int count = 0;
        boolean whole = false; // the last field read ended the line
        for (int at = start; count < p.length; count++) {
            int tab = text.indexOf('\t', at);
            if (tab < 0 || tab > end) {
                p[count++] = text.substring(at, end);
                whole = true;
                break;
            }
            p[count] = text.substring(at, tab);
            at = tab + 1;
        }
        if (!whole) count = -1;
        if (count == 6 && p[0].equals("M")) {
            addMethod(p[1], new String[] {p[2], p[3], p[4], p[5]});
        } else if (count == 4 && p[0].equals("F")) {
            fields.put(p[1], new String[] {p[2], p[3]});
        } else {
            throw new IOException("bad line in " + resource + ": " + text.substring(start, end));
        }
    }

    private void addMethod(String name, String[] entry) {
        List<String[]> list = methods.get(name);
        if (list == null) methods.put(name, list = new ArrayList<>(2));
        list.add(entry);
    }

    /** The lines of already parsed entries (a registry built by reflection). */
    static IndexLines of(BuiltinIndex.Entries entries) {
        IndexLines out = new IndexLines();
        for (BuiltinIndex.MethodEntry m : entries.methods()) {
            out.addMethod(m.name(), new String[] {m.owner(), m.method(), m.descriptor(), m.tail() ? "1" : "0"});
        }
        for (BuiltinIndex.FieldEntry f : entries.fields()) out.fields.put(f.name(), new String[] {f.owner(), f.field()});
        return out;
    }
}
