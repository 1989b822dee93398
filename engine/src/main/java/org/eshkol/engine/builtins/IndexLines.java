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
 * it does little: one pass over the text, one substring (the name) per line; the other fields are
 * cut out when the registry first asks for the name.
 */
final class IndexLines {
    /** Per name: where the fields after the name start on each of its method lines (offsets as in {@link #texts}). */
    private final Map<String, long[]> methods = new HashMap<>();
    /** Per name: where its field line starts. */
    private final Map<String, Long> fields = new HashMap<>();
    /** The index texts read so far; an offset is {@code text number << 32 | position}. */
    private final List<String> texts = new ArrayList<>();

    /** Per method line of {@code name}, in file order: {owner, method, descriptor, tail}; null when no method has that name. */
    List<String[]> methods(String name) {
        long[] at = methods.get(name);
        if (at == null) return null;
        List<String[]> out = new ArrayList<>(at.length);
        for (long a : at) out.add(rest(a, 4));
        return out;
    }

    Iterable<String> methodNames() { return methods.keySet(); }

    /** {owner, field} of the field named {@code name}, or null. */
    String[] field(String name) {
        Long at = fields.get(name);
        return at == null ? null : rest(at, 2);
    }

    /** Adds the lines of an index; false when {@code in} is null (no such index on the class path). */
    boolean add(InputStream in, String resource) throws IOException {
        if (in == null) return false;
        String text;
        try (in) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long base = (long) texts.size() << 32;
        texts.add(text);
        int n = text.length();
        for (int start = 0; start < n; ) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = n;
            if (end > start) line(text, base, start, end, resource);
            start = end + 1;
        }
        return true;
    }

    /**
     * Records where a line's fields after the name start. Only the kind and the name are checked
     * here; the number of fields when the name is first asked for ({@link #rest}).
     */
    private void line(String text, long base, int start, int end, String resource) throws IOException {
        char kind = text.charAt(start);
        int nameEnd = end - start > 2 && text.charAt(start + 1) == '\t' ? text.indexOf('\t', start + 2) : -1;
        boolean method = kind == 'M', field = kind == 'F';
        if (nameEnd < 0 || nameEnd > end || !(method || field)) throw new IOException("bad line in " + resource + ": " + text.substring(start, end));
        String name = text.substring(start + 2, nameEnd);
        long rest = base | (nameEnd + 1);
        if (field) {
            fields.put(name, rest);
        } else {
            long[] old = methods.get(name);
            long[] now = old == null ? new long[1] : java.util.Arrays.copyOf(old, old.length + 1);
            now[now.length - 1] = rest;
            methods.put(name, now);
        }
    }

    /** The {@code count} tab-separated fields from an offset to the end of its line; exactly that many, or an error. */
    private String[] rest(long at, int count) {
        String text = texts.get((int) (at >>> 32));
        int pos = (int) at;
        int end = lineEnd(text, pos);
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            int tab = text.indexOf('\t', pos);
            boolean last = i == count - 1;
            if (last ? tab >= 0 && tab < end : tab < 0 || tab > end) {
                throw new IllegalStateException("bad builtin index line: " + text.substring(pos, end) + " (expected " + count + " fields after the name)");
            }
            int stop = last ? end : tab;
            out[i] = text.substring(pos, stop);
            pos = stop + 1;
        }
        return out;
    }

    private static int lineEnd(String text, int pos) {
        int e = text.indexOf('\n', pos);
        return e < 0 ? text.length() : e;
    }

    /** The lines of already parsed entries (a registry built by reflection). */
    static IndexLines of(BuiltinIndex.Entries entries) throws IOException {
        IndexLines out = new IndexLines();
        out.add(new java.io.ByteArrayInputStream(text(entries)), "scanned builtins");
        return out;
    }

    /**
     * Adds a library's entries (scanned by reflection), refusing a name that is already a builtin
     * here: a library adds names, it never replaces one.
     *
     * @throws IllegalStateException naming the library and the builtin when a name is taken
     */
    void addLibrary(BuiltinIndex.Entries entries, String library) throws IOException {
        for (BuiltinIndex.MethodEntry m : entries.methods()) refuseTaken(m.name(), library);
        for (BuiltinIndex.FieldEntry f : entries.fields()) refuseTaken(f.name(), library);
        add(new java.io.ByteArrayInputStream(text(entries)), "library " + library);
    }

    private void refuseTaken(String name, String library) {
        if (methods.containsKey(name) || fields.containsKey(name))
            throw new IllegalStateException("builtin library " + library + " defines " + name + ", which is already a builtin");
    }

    private static byte[] text(BuiltinIndex.Entries entries) {
        StringBuilder sb = new StringBuilder();
        for (BuiltinIndex.MethodEntry m : entries.methods()) {
            sb.append("M\t").append(m.name()).append('\t').append(m.owner()).append('\t').append(m.method()).append('\t')
                    .append(m.descriptor()).append('\t').append(m.tail() ? '1' : '0').append('\n');
        }
        for (BuiltinIndex.FieldEntry f : entries.fields()) {
            sb.append("F\t").append(f.name()).append('\t').append(f.owner()).append('\t').append(f.field()).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
