package org.eshkol.engine.jsr223;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javax.script.Bindings;
import org.eshkol.engine.GlobalEnvironment;
import org.eshkol.engine.interop.JavaValues;
import org.eshkol.runtime.Global;

/**
 * Bindings that ARE the global variables of a script environment: {@code put} sets a global (the
 * value converted by {@link JavaValues#toScheme}), a script's {@code define} or {@code set!} shows up
 * in {@code get} (converted by {@link JavaValues#toJava}). The map holds the globals that are bound
 * to something other than their builtin value; builtins themselves are not entries. Thread-safe as
 * far as single operations go (the cells live in a concurrent map). Engine-control attributes
 * ({@link EngineControl}) are entries too, but kept apart: scripts never see them as globals.
 */
public final class EshkolBindings extends AbstractMap<String, Object> implements Bindings {
    private final GlobalEnvironment env;
    /** Told about each name Java puts, so the compiler stops binding calls of it to a builtin. */
    private final Consumer<String> onPut;

    EshkolBindings(GlobalEnvironment env, Consumer<String> onPut) {
        this.env = env;
        this.onPut = onPut;
    }

    /** The global environment these bindings are. */
    GlobalEnvironment environment() { return env; }

    private Global argv, commandLine;

    /** Engine-control attributes ({@link EngineControl}): kept here, never in the environment. */
    private final java.util.concurrent.ConcurrentHashMap<String, Object> controls = new java.util.concurrent.ConcurrentHashMap<>();

    /** The value of an engine-control attribute set in these bindings, or null. */
    Object control(String name) { return controls.get(name); }

    /** The cell of the {@code ScriptEngine.ARGV} attribute, likewise. */
    Global argvCell() {
        Global g = argv;
        if (g == null) argv = g = env.cell(javax.script.ScriptEngine.ARGV);
        return g;
    }

    /** The cell of the global {@code command-line}. */
    Global commandLineCell() {
        Global g = commandLine;
        if (g == null) commandLine = g = env.cell("command-line");
        return g;
    }

    private static String key(Object k) {
        Objects.requireNonNull(k, "key");
        String s = (String) k;
        if (s.isEmpty()) throw new IllegalArgumentException("empty key");
        return s;
    }

    /** The cell of a user-visible global (bound, and not to its builtin value), or null. */
    private Global visible(String name) {
        if (EngineControl.isControl(name)) return null; // a script's own global of that name is not the attribute
        Global g = env.find(name);
        if (g == null || !g.isBound()) return null;
        Object v = g.value;
        return v == env.builtins().initialValue(name) || v instanceof CommandLineProcedure ? null : g;
    }

    @Override
    public Object put(String name, Object value) {
        key(name);
        if (EngineControl.isControl(name)) return value == null ? controls.remove(name) : controls.put(name, value);
        Global g = env.cell(name);
        Object old = visible(name) != null ? JavaValues.toJava(g.value) : null;
        g.replace(JavaValues.toScheme(value)); // gives back the counts the global held, as set! does
        onPut.accept(name);
        return old;
    }

    @Override
    public void putAll(Map<? extends String, ? extends Object> m) {
        for (Map.Entry<? extends String, ? extends Object> e : m.entrySet()) put(e.getKey(), e.getValue());
    }

    @Override
    public Object get(Object k) {
        if (EngineControl.isControl(key(k))) return controls.get(k);
        Global g = visible(key(k));
        return g == null ? null : JavaValues.toJava(g.value);
    }

    @Override
    public boolean containsKey(Object k) {
        return EngineControl.isControl(key(k)) ? controls.containsKey(k) : visible((String) k) != null;
    }

    /** Unbinds the global (a builtin name goes back to its builtin). */
    @Override
    public Object remove(Object k) {
        String name = key(k);
        if (EngineControl.isControl(name)) return controls.remove(name);
        Global g = visible(name);
        if (g == null) return null;
        Object old = JavaValues.toJava(g.value);
        Object initial = env.builtins().initialValue(name);
        if (initial != null) g.replace(initial);
        else g.replaceByUnbound(); // giving back the counts it held
        return old;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                List<Entry<String, Object>> snapshot = new ArrayList<>();
                for (Entry<String, Object> c : controls.entrySet()) snapshot.add(new SimpleImmutableEntry<>(c.getKey(), c.getValue()));
                for (String n : env.names()) {
                    Global g = visible(n);
                    if (g != null) snapshot.add(new SimpleImmutableEntry<>(n, JavaValues.toJava(g.value)));
                }
                Iterator<Entry<String, Object>> it = snapshot.iterator();
                return new Iterator<>() {
                    private Entry<String, Object> last;

                    @Override public boolean hasNext() { return it.hasNext(); }

                    @Override public Entry<String, Object> next() { return last = it.next(); }

                    @Override
                    public void remove() {
                        if (last == null) throw new IllegalStateException();
                        EshkolBindings.this.remove(last.getKey());
                        last = null;
                    }
                };
            }

            @Override
            public int size() {
                int n = controls.size();
                for (String name : env.names()) if (visible(name) != null) n++;
                return n;
            }
        };
    }
}
