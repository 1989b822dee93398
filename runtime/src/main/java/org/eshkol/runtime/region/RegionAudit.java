package org.eshkol.runtime.region;

import java.util.ArrayList;
import java.util.List;
import org.eshkol.runtime.DynamicState;

/**
 * What a test (or an embedder's health check) asks after work that should have left nothing
 * behind: regions still open, arenas still holding allocator memory, a region still current on this
 * thread. An empty list means clean.
 */
public final class RegionAudit {
    private RegionAudit() {}

    public static List<String> problems() {
        List<String> out = new ArrayList<>();
        long open = Region.openCount();
        if (open != 0) out.add(open + " region(s) still open");
        int arenas = Region.liveArenas();
        if (arenas != 0) out.add(arenas + " arena(s) still holding chunks from an allocator");
        Region current = DynamicState.current().region;
        if (current != null) out.add(current.describe() + " is still current on " + Thread.currentThread().getName());
        return out;
    }

    /** Closes every region still open on this thread (outermost down), so one leak does not spoil what follows. */
    public static void closeThisThreadsRegions() {
        Region r = DynamicState.current().region;
        if (r == null) return;
        while (r.parent() != null) r = r.parent();
        r.close();
    }
}
