package org.eshkol.testing;

import java.util.ArrayList;
import java.util.List;
import org.eshkol.runtime.shared.SharedReport;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test of this module (JUnit extension auto-detection): fails a test that leaves
 * shared values alive which were not alive before it started (it shared something and never released
 * it), naming each with its count and site.
 */
public final class SharedLeakCheck implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SharedLeakCheck.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NS).put("before", SharedReport.live());
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterEach(ExtensionContext context) {
        List<SharedReport.Entry> before = (List<SharedReport.Entry>) context.getStore(NS).get("before");
        List<SharedReport.Entry> left = new ArrayList<>(SharedReport.live());
        if (before != null) for (SharedReport.Entry e : before) left.remove(e);
        if (!left.isEmpty()) {
            throw new AssertionError("shared values left alive by " + context.getDisplayName() + ": " + left);
        }
    }
}
