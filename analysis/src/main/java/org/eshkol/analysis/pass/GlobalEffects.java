package org.eshkol.analysis.pass;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.source.Span;

/**
 * The owned top-level variables of a program and what each script procedure does to them, for
 * {@link CheckOwnership}: a procedure that closes (or moves) an owned global consumes it at every
 * call, and one that reads it needs it still owned when called. Summaries are found to a fixed point
 * with the rest of the analysis, so effects flow through calls of calls.
 */
final class GlobalEffects {
    /** One thing a procedure does to an owned global: {@code consumes} it, or only uses it, at {@code at}. */
    record Effect(String global, boolean consumes, Span at) {}

    /** The owned top-level variables: name -> where the owned value was created. */
    final Map<String, Span> owned = new LinkedHashMap<>();
    private final Map<Core.Lambda, List<Effect>> summaries = new IdentityHashMap<>();
    /** The effects of the top-level procedure being walked, or null outside one. */
    private Map<String, Effect> current;

    /** Records {@code name} as an owned top-level variable; true when it is new. */
    boolean addOwned(String name, Span origin) { return owned.putIfAbsent(name, origin) == null; }

    boolean isOwned(String name) { return owned.containsKey(name); }

    /** Starts collecting the effects of a top-level procedure; returns what was being collected. */
    Map<String, Effect> begin() {
        Map<String, Effect> saved = current;
        current = new LinkedHashMap<>();
        return saved;
    }

    /** A use of owned global {@code name} inside the procedure being walked. */
    void used(String name, Span at) {
        if (current != null && isOwned(name)) current.putIfAbsent(name, new Effect(name, false, at));
    }

    /** Owned global {@code name} was consumed inside the procedure being walked. */
    void consumed(String name, Span at) {
        if (current == null || !isOwned(name)) return;
        Effect e = current.get(name);
        if (e == null || !e.consumes()) current.put(name, new Effect(name, true, at));
    }

    /** Ends the procedure {@code l}; true when its summary changed. */
    boolean end(Core.Lambda l, Map<String, Effect> saved) {
        List<Effect> now = new ArrayList<>(current.values());
        current = saved;
        List<Effect> before = summaries.put(l, now);
        return !now.equals(before);
    }

    /** What calling {@code l} does to owned globals (empty when unknown). */
    List<Effect> of(Core.Lambda l) { return summaries.getOrDefault(l, List.of()); }

    /** Sets a summary known from an earlier program of the session. */
    void seed(Core.Lambda l, List<Effect> effects) { summaries.putIfAbsent(l, effects); }
}
