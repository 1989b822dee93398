package org.eshkol.runtime.shared;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.data.HashTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The leak report lists live shared values with counts and sites; the safety net reports lost ones. */
class SharedReportTest {
    private final List<String> reports = new CopyOnWriteArrayList<>();

    @AfterEach
    void restoreListener() { Shared.setReportListener(null); }

    @Test
    void theReportListsLiveValuesWithCountAndSite() {
        HashTable t = new HashTable();
        Shared.share(t);
        int line = new Throwable().getStackTrace()[0].getLineNumber() - 1;
        Shared.retain(t);
        Shared.weakRef(t);
        SharedReport.Entry e = SharedReport.live().stream().filter(x -> x.site().equals("SharedReportTest.java:" + line))
                .findFirst().orElseThrow(() -> new AssertionError(SharedReport.render()));
        assertEquals("hash table", e.kind());
        assertEquals(2, e.count());
        assertTrue(SharedReport.render().contains("  hash table, count 2, weak 1, shared at SharedReportTest.java:" + line),
                SharedReport.render());
        Shared.release(t);
        Shared.release(t);
        assertTrue(SharedReport.live().stream().noneMatch(x -> x.site().equals("SharedReportTest.java:" + line)));
    }

    @Test
    void aJavaCallerCanNameTheSiteItself() {
        List<Object> destroyed = new CopyOnWriteArrayList<>();
        Pair p = new Pair(1L, 2L);
        assertSame(p, Shared.share(p, destroyed::add, "ConnectionPool.open"));
        assertEquals("ConnectionPool.open", Shared.site(p));
        assertTrue(SharedReport.render().contains("  pair, count 1, weak 0, shared at ConnectionPool.open"), SharedReport.render());
        Shared.release(p);
        assertEquals(List.of(p), destroyed, "the destructor ran at zero");
        assertThrows(NullPointerException.class, () -> Shared.share(new Pair(1L, 2L), null, null));
    }

    @Test
    void aSharedValueLostWithANonzeroCountIsReportedOnce() throws InterruptedException {
        Shared.setReportListener(reports::add);
        shareAndLose();
        for (int i = 0; i < 100 && reports.isEmpty(); i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertEquals(1, reports.size(), reports.toString());
        assertTrue(reports.get(0).matches("shared value leak: pair \\(shared at SharedReportTest\\.java:\\d+\\) became "
                + "unreachable with count 2; its destructor did not run"), reports.get(0));
        assertTrue(SharedReport.live().stream().noneMatch(x -> x.kind().equals("pair") && x.count() == 2));
    }

    private static void shareAndLose() {
        Pair p = new Pair(1L, 2L);
        Shared.share(p, v -> { throw new AssertionError("the safety net must not run destructors"); });
        Shared.retain(p);
    }
}
