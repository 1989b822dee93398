package org.eshkol.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs programs in several implementations inside this JVM: each program is loaded once per
 * implementation, run once to check that its written result agrees with the last implementation's
 * (plain Java, the reference), then, when timing is asked for and the result agrees, warmed up and
 * measured with {@link Stopwatch}.
 */
public final class Bench {
    private final List<Implementation> implementations;
    private final Settings settings;
    private final PrintStream progress;

    /** @param implementations the reference implementation comes last */
    public Bench(List<Implementation> implementations, Settings settings, PrintStream progress) {
        this.implementations = List.copyOf(implementations);
        this.settings = settings;
        this.progress = progress;
    }

    public List<Implementation> implementations() { return implementations; }

    /** One program's outcomes, keyed by implementation name, in implementation order. */
    public record Row(Program program, Map<String, Outcome> outcomes) {
        public boolean allAgree() {
            return outcomes.values().stream().allMatch(Outcome::agrees);
        }
    }

    public List<Row> run(List<Program> programs, boolean timed) {
        List<Row> rows = new ArrayList<>();
        for (Program p : programs) rows.add(run(p, timed));
        return rows;
    }

    public Row run(Program program, boolean timed) {
        List<Implementation.Loaded> loaded = new ArrayList<>();
        List<String> results = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (Implementation impl : implementations) {
            Implementation.Loaded l = null;
            String result = null;
            Throwable failure = null;
            try {
                l = impl.load(program);
                result = l.show(l.run());
            } catch (Throwable t) {
                failure = t;
            }
            loaded.add(l);
            results.add(result);
            failures.add(failure);
        }
        String reference = results.get(results.size() - 1);
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (int i = 0; i < implementations.size(); i++) {
            String name = implementations.get(i).name();
            Outcome o;
            if (failures.get(i) != null) {
                o = Outcome.failed(name, failures.get(i));
            } else {
                boolean agrees = reference != null
                        && Outcome.normalise(results.get(i)).equals(Outcome.normalise(reference));
                o = new Outcome(name, results.get(i), null, agrees, null);
            }
            if (timed && o.agrees()) o = time(name, loaded.get(i), o);
            progress.println(program.id() + " / " + name + ": " + summary(o));
            outcomes.put(name, o);
        }
        return new Row(program, outcomes);
    }

    private Outcome time(String name, Implementation.Loaded l, Outcome o) {
        try {
            return o.timed(Stopwatch.time(l, settings));
        } catch (Throwable t) {
            return Outcome.failed(name, t);
        }
    }

    private static String summary(Outcome o) {
        if (!o.problem().isEmpty()) return o.problem();
        if (o.timing() == null) return "ok " + Outcome.normalise(o.result());
        return String.format("%.2f ms (median of %d, min %.2f)", o.timing().medianMillis(), o.timing().runs(), o.timing().minMillis());
    }
}
