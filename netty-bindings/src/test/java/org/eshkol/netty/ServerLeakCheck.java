package org.eshkol.netty;

import io.netty.util.LeakPresenceDetector;
import java.util.List;
import org.eshkol.runtime.region.Region;
import org.eshkol.runtime.region.RegionAudit;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After each server test (its servers closed by then): no region open and no arena holding
 * allocator memory on any thread, and no Netty buffer unreleased ({@link LeakPresenceDetector},
 * installed for every test by the surefire configuration, counts every buffer).
 */
public final class ServerLeakCheck implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) {
        Region.releaseSpareChunks(); // a pool thread's spare first chunk is kept on purpose, not leaked
        List<String> problems = RegionAudit.problems();
        if (Region.openCount() != 0) problems = append(problems, Region.openCount() + " regions still open");
        if (Region.liveArenas() != 0) problems = append(problems, Region.liveArenas() + " arenas still hold chunks");
        if (!problems.isEmpty()) throw new AssertionError("leaked by " + context.getDisplayName() + ": " + String.join("; ", problems));
        LeakPresenceDetector.check();
    }

    private static List<String> append(List<String> l, String s) {
        List<String> out = new java.util.ArrayList<>(l);
        out.add(s);
        return out;
    }
}
