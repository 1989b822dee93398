package org.eshkol.engine.shared;

import java.util.ArrayList;
import java.util.List;
import org.eshkol.runtime.shared.Shared;
import org.eshkol.runtime.shared.SharedHold;

/** A Java holder for scripts in tests: {@code keep} takes a hold of what it keeps; {@code forget} closes them. */
public final class SharedKeeper {
    private SharedKeeper() {}

    private static final List<SharedHold> HOLDS = new ArrayList<>();
    private static final List<Object> BORROWED = new ArrayList<>();

    /** Keeps {@code v} properly: with a hold. */
    public static synchronized void keep(Object v) { HOLDS.add(Shared.hold(v)); }

    /** Keeps {@code v} without a hold (what the README says not to do). */
    public static synchronized void keepBorrowed(Object v) { BORROWED.add(v); }

    public static synchronized Object kept(long i) { return HOLDS.get((int) i).get(); }

    public static synchronized void forget() {
        for (SharedHold h : HOLDS) h.close();
        HOLDS.clear();
        BORROWED.clear();
    }
}
