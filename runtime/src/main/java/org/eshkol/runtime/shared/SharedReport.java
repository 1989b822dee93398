package org.eshkol.runtime.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The leak report: the shared values still alive, with their counts and the place where each was
 * shared. {@code eshkol --report-shared FILE} prints {@link #render()} at exit:
 * <pre>
 * shared values alive: 1
 *   hash table, count 1, weak 0, shared at cache.esk:3
 * </pre>
 */
public final class SharedReport {
    private SharedReport() {}

    /** One live shared value. */
    public record Entry(String kind, int count, int weakCount, String site) {
        @Override
        public String toString() { return kind + ", count " + count + ", weak " + weakCount + ", shared at " + site; }
    }

    /** The shared values alive now (shared, not released, not collected), ordered by site. */
    public static List<Entry> live() {
        List<Entry> out = new ArrayList<>();
        for (SharedHeader h : SharedRegistry.alive()) {
            int count = h.strong();
            if (count > 0 && !h.hasFlag(SharedHeader.LEAKED)) out.add(new Entry(h.kind, count, h.weakCount(), h.site));
        }
        out.sort(Comparator.comparing(Entry::site).thenComparing(Entry::kind));
        return out;
    }

    /** The report as text: a header line and one line per live value. */
    public static String render() {
        List<Entry> live = live();
        if (live.isEmpty()) return "shared values alive: none";
        StringBuilder sb = new StringBuilder("shared values alive: ").append(live.size());
        for (Entry e : live) sb.append("\n  ").append(e);
        return sb.toString();
    }
}
