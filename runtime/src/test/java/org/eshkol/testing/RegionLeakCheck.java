package org.eshkol.testing;

import io.netty.util.LeakPresenceDetector;
import java.util.List;
import org.eshkol.runtime.region.RegionAudit;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test of this module (JUnit extension auto-detection): fails a test that
 * leaves a region open, an arena holding allocator memory, or a Netty buffer unreleased (Netty's
 * {@link LeakPresenceDetector}, installed by the surefire configuration, tracks every buffer).
 */
public final class RegionLeakCheck implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) {
        List<String> problems = RegionAudit.problems();
        RegionAudit.closeThisThreadsRegions();
        org.eshkol.runtime.region.Region.releaseSpareChunks(); // kept on purpose, not leaked
        if (!problems.isEmpty()) throw new AssertionError("leaked by " + context.getDisplayName() + ": " + String.join("; ", problems));
        LeakPresenceDetector.check();
    }
}
