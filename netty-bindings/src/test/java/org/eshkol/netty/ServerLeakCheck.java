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
        List<String> problems = RegionAudit.problems(); // open regions and live arenas, on all threads
        if (!problems.isEmpty()) throw new AssertionError("leaked by " + context.getDisplayName() + ": " + String.join("; ", problems));
        LeakPresenceDetector.check();
    }
}
