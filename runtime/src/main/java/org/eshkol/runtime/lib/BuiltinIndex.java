package org.eshkol.runtime.lib;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.eshkol.runtime.Builtin;

/**
 * The list of every {@link Builtin}, written at build time into {@value #RESOURCE} so that an engine
 * starts without scanning classes by reflection (and without loading a builtin's class before a
 * script calls it). One line per method, {@code M name owner method descriptor tail}, or per value
 * field, {@code F name owner field}, tab-separated.
 */
public final class BuiltinIndex {
    public static final String RESOURCE = "META-INF/eshkol/builtins.idx";

    private BuiltinIndex() {}

    /** A builtin method: its Scheme name and where the JVM finds it. */
    public record MethodEntry(String name, String owner, String method, String descriptor, boolean tail) {}

    /** A builtin value: a public static final field. */
    public record FieldEntry(String name, String owner, String field) {}

    /** What the index lists. */
    public record Entries(List<MethodEntry> methods, List<FieldEntry> fields) {}

    /** Builds the entries by reflection over the given classes. */
    public static Entries scan(List<Class<?>> classes) {
        List<MethodEntry> methods = new ArrayList<>();
        List<FieldEntry> fields = new ArrayList<>();
        for (Class<?> c : classes) {
            Method[] ms = c.getDeclaredMethods();
            Arrays.sort(ms, Comparator.comparing(Method::getName).thenComparing(m -> descriptor(m)));
            for (Method m : ms) {
                Builtin b = m.getAnnotation(Builtin.class);
                if (b == null) continue;
                for (String name : b.value()) methods.add(new MethodEntry(name, c.getName(), m.getName(), descriptor(m), b.tail()));
            }
            for (Field f : c.getDeclaredFields()) {
                Builtin b = f.getAnnotation(Builtin.class);
                if (b == null || !Modifier.isStatic(f.getModifiers())) continue;
                for (String name : b.value()) fields.add(new FieldEntry(name, c.getName(), f.getName()));
            }
        }
        return new Entries(methods, fields);
    }

    /** The JVM descriptor of a method, e.g. {@code (Ljava/lang/Object;)Z}. */
    public static String descriptor(Method m) {
        StringBuilder sb = new StringBuilder("(");
        for (Class<?> p : m.getParameterTypes()) sb.append(typeDescriptor(p));
        return sb.append(')').append(typeDescriptor(m.getReturnType())).toString();
    }

    private static String typeDescriptor(Class<?> c) {
        if (c == void.class) return "V";
        if (c == boolean.class) return "Z";
        if (c == int.class) return "I";
        if (c == long.class) return "J";
        if (c == double.class) return "D";
        if (c.isArray()) return c.getName().replace('.', '/');
        return "L" + c.getName().replace('.', '/') + ";";
    }

    public static void write(Entries entries, Writer out) throws IOException {
        for (MethodEntry m : entries.methods()) {
            out.write("M\t" + m.name() + "\t" + m.owner() + "\t" + m.method() + "\t" + m.descriptor() + "\t" + (m.tail() ? 1 : 0) + "\n");
        }
        for (FieldEntry f : entries.fields()) out.write("F\t" + f.name() + "\t" + f.owner() + "\t" + f.field() + "\n");
    }

    /** Reads an index; null when {@code in} is null (no index on the class path). */
    public static Entries read(InputStream in) throws IOException {
        if (in == null) return null;
        List<MethodEntry> methods = new ArrayList<>();
        List<FieldEntry> fields = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty()) continue;
                String[] p = line.split("\t", -1);
                if (p[0].equals("M") && p.length == 6) methods.add(new MethodEntry(p[1], p[2], p[3], p[4], p[5].equals("1")));
                else if (p[0].equals("F") && p.length == 4) fields.add(new FieldEntry(p[1], p[2], p[3]));
                else throw new IOException("bad builtin index line: " + line);
            }
        }
        return new Entries(methods, fields);
    }

    /** Where a module other than the runtime (the engine) lists its own builtins. */
    public static final String EXTRA_RESOURCE = "META-INF/eshkol/builtins-extra.idx";

    /**
     * Build step: {@code DIR} writes the index of the runtime's builtins under directory DIR;
     * {@code DIR CLASS...} writes the index of the named classes as {@value #EXTRA_RESOURCE}.
     */
    public static void main(String[] args) throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) classes.add(Class.forName(args[i]));
        Path file = Path.of(args[0]).resolve(classes.isEmpty() ? RESOURCE : EXTRA_RESOURCE);
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(scan(classes.isEmpty() ? Builtins.classes() : classes), w);
        }
    }
}
